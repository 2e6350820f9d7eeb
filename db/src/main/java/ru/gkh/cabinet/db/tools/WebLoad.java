package ru.gkh.cabinet.db.tools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cabinet's web load: {@code sessions} residents, each linked to one account of the organization, sign in and
 * browse Главная, Начисления and Платежи in turn for {@code seconds}, each through its own cookies and client address
 * (as a trusted proxy on the same host names it). The residents are made first in the database, with the demo
 * resident's password. Prints one line per page and one for all:
 * {@code stage=web.<page> items=<pages> seconds=<s> per_second=<pages/s> p50_ms=… p95_ms=… p99_ms=… errors=…}.
 *
 * <pre>java -cp … ru.gkh.cabinet.db.tools.WebLoad http://127.0.0.1:8080 jdbc:mariadb://127.0.0.1:3307/cabinet cabinet cabinet B123 100 60</pre>
 */
public final class WebLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("index", "charges", "payments");

    private WebLoad() {
    }

    /** The demo resident, whose password the bench residents share. */
    private static final String DEMO_RESIDENT = "resident@demo.local";
    private static final String PASSWORD = "demo-resident-2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String organization = args[4];
        int sessions = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        String prefix = prepare(args[1], args[2], args[3], organization, sessions);
        Map<Integer, String> numbers = numbers(args[1], args[2], args[3], prefix, sessions);
        AtomicInteger foreign = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        String password = PASSWORD;
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        PAGES.forEach(p -> nanos.put(p, Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch signedIn = new CountDownLatch(sessions);
        CountDownLatch done = new CountDownLatch(sessions);
        AtomicLong from = new AtomicLong(Long.MAX_VALUE);
        AtomicLong until = new AtomicLong(Long.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        // One client for all sessions, as one load tool holds many connections: a client per session (each with its
        // own selector thread) cost the two cores here more than the pages it asked for. HTTP/1.1 as browsers speak it
        // over plain HTTP (and as a reverse proxy speaks to Payara): left to itself the JDK client upgrades each
        // connection to cleartext HTTP/2, which no browser uses.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 1; i <= sessions; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                Session http = new Session(client);
                String address = "10.99." + (n / 250) + "." + (n % 250 + 1);
                try {
                    signIn(http, base, prefix + n + "@bench.local", password, address);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("sign-in of session " + n + " failed: " + e.getMessage());
                }
                signedIn.countDown();
                try {
                    signedIn.await();
                    while (System.nanoTime() < until.get()) {
                        for (String page : PAGES) {
                            long start = System.nanoTime();
                            if (start >= until.get()) {
                                break;
                            }
                            HttpResponse<String> r = http.send(get(base + "/cabinet/" + page + ".xhtml", address));
                            long took = System.nanoTime() - start;
                            if (start < from.get()) {
                                continue;   // warming up
                            }
                            boolean signInPage = r.uri().getPath().equals("/login.xhtml");
                            if (signInPage) {
                                signedOut.incrementAndGet();
                            } else if (r.statusCode() == 200 && !r.body().contains(numbers.get(n) + " — ")) {
                                // (The header names the account shown, «номер — адрес», in the switch or alone.)
                                // Another resident's page, or none of this one's account: must never happen.
                                foreign.incrementAndGet();
                                if (foreign.get() <= 20) {
                                    Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(r.body());
                                    Matcher card = Pattern.compile("Лицевой счёт (\\d+)").matcher(r.body());
                                    System.err.println("session " + n + " got a page without its account " + numbers.get(n) + ": " + r.uri()
                                            + " «" + (title.find() ? title.group(1) : "") + "» " + (card.find() ? "shows " + card.group(1) : ""));
                                }
                            }
                            if (r.statusCode() != 200 || !r.body().contains("Выход")) {
                                if (errors.incrementAndGet() <= 30) {
                                    System.err.println("error in session " + n + ": " + r.statusCode() + " " + r.uri() + " " + r.body().substring(0,
                                            Math.min(0, r.body().length())).replaceAll("\\s+", " "));
                                }
                            } else {
                                nanos.get(page).add(took);
                            }
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    System.err.println("error: " + e);
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        signedIn.await();
        // A short warm-up, then the measured window: only the requests that start inside it count.
        Thread.sleep(3000);
        long measured = System.nanoTime();
        int signInErrors = errors.getAndSet(0);
        from.set(measured);
        until.set(measured + seconds * 1_000_000_000L);
        done.await();
        double elapsed = (System.nanoTime() - measured) / 1e9;
        if (signInErrors > 0) {
            System.err.println(signInErrors + " sessions could not sign in");
        }
        List<Long> all = new ArrayList<>();
        for (String page : PAGES) {
            List<Long> list = new ArrayList<>(nanos.get(page));
            all.addAll(list);
            System.out.println(line("web." + page, list, elapsed, -1));
        }
        System.out.println(line("web", all, elapsed, errors.get()) + " signed_out=" + signedOut.get() + " foreign=" + foreign.get());
    }

    /** Makes (once) the bench residents {@code <org>-<n>@bench.local}, each linked to the organization's n-th account. */
    private static String prepare(String url, String user, String password, String organization, int sessions) throws Exception {
        String prefix = organization.toLowerCase() + "-";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (int n = 1; n <= sessions; n++) {
                String login = prefix + n + "@bench.local";
                update(c, "INSERT IGNORE INTO user_account (login, email, password_hash, status, consent_version, consent_accepted_at)"
                        + " SELECT ?, ?, password_hash, 'ACTIVE', consent_version, CURRENT_TIMESTAMP(3) FROM user_account WHERE login = ?",
                        login, login, DEMO_RESIDENT);
                update(c, "INSERT IGNORE INTO user_role (user_id, role) SELECT id, 'RESIDENT' FROM user_account WHERE login = ?", login);
                update(c, "INSERT IGNORE INTO account_link (user_id, account_id) SELECT u.id, (SELECT a.id FROM personal_account a"
                        + " JOIN organization o ON o.id = a.organization_id WHERE o.code = ? ORDER BY a.id LIMIT 1 OFFSET " + (n - 1)
                        + ") FROM user_account u WHERE u.login = ?", organization, login);
            }
        }
        return prefix;
    }

    /** Each session's account number, to check that every page it gets is of its own account. */
    private static Map<Integer, String> numbers(String url, String user, String password, String prefix, int sessions) throws SQLException {
        Map<Integer, String> numbers = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (int n = 1; n <= sessions; n++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT a.number FROM user_account u JOIN account_link l ON l.user_id = u.id"
                        + " JOIN personal_account a ON a.id = l.account_id WHERE u.login = ?")) {
                    ps.setString(1, prefix + n + "@bench.local");
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        numbers.put(n, rs.next() ? rs.getString(1) : "?");
                    }
                }
            }
        }
        return numbers;
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String line(String stage, List<Long> nanos, double seconds, int errors) {
        Collections.sort(nanos);
        return String.format("stage=%s items=%d seconds=%.1f per_second=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%s", stage, nanos.size(), seconds,
                Math.round(nanos.size() / seconds), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), errors < 0 ? "" : " errors=" + errors);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static void signIn(Session http, String base, String login, String password, String address) throws Exception {
        HttpResponse<String> page = http.send(get(base + "/login.xhtml", address));
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(login) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3Asubmit=" + enc("Войти") + "&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!r.uri().getPath().startsWith("/cabinet/")) {
            throw new IllegalStateException(login + " was not let in (" + r.uri() + ")");
        }
    }

    private static HttpRequest.Builder get(String url, String address) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).GET();
    }

    /**
     * A browser's session over the shared client: its own cookies (name=value, sent back to the same host; the
     * benchmark talks to one) and redirects followed with them, as a browser follows them (a GET after a POST).
     */
    private static final class Session {

        private final HttpClient client;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Session(HttpClient client) {
            this.client = client;
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            for (int hops = 0; ; hops++) {
                if (!cookies.isEmpty()) {
                    request.setHeader("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
                }
                HttpRequest sent = request.build();
                HttpResponse<String> r = client.send(sent, HttpResponse.BodyHandlers.ofString());
                for (String set : r.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
                String location = r.headers().firstValue("Location").orElse(null);
                if (r.statusCode() / 100 != 3 || location == null || hops == 5) {
                    return r;
                }
                HttpRequest.Builder next = HttpRequest.newBuilder(sent.uri().resolve(location)).timeout(Duration.ofSeconds(30)).GET();
                sent.headers().firstValue("X-Forwarded-For").ifPresent(a -> next.header("X-Forwarded-For", a));
                request = next;
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
