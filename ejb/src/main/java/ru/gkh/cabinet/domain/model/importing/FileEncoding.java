package ru.gkh.cabinet.domain.model.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how an import file is to be read (formats.md): UTF-8 with or without BOM, else Windows-1251.
 * Streams the file once, so a file of any size is checked in constant memory.
 */
public final class FileEncoding {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private FileEncoding() {
    }

    /** The charset to read the file with; refuses empty, binary and UTF-16 files. */
    public static Charset detect(Path file) throws IOException, FileRejected {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        boolean anyText = false;
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer bytes = ByteBuffer.allocate(buf.length + 8);
            CharBuffer chars = CharBuffer.allocate(buf.length + 8);
            int n;
            while ((n = in.read(buf)) > 0) {
                if (offset == 0 && n >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
                    throw new FileRejected(1, null, "файл в кодировке UTF-16 — сохраните его в UTF-8 или Windows-1251");
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == 0) {
                        throw new FileRejected(1, null, "это двоичный файл, а не текст CSV (нулевой байт на позиции " + (offset + i + 1) + ")");
                    }
                    if (!anyText && !Character.isWhitespace(b & 0xFF) && !isBom(offset + i, b)) {
                        anyText = true;
                    }
                }
                offset += n;
                if (validUtf8) {
                    bytes.put(buf, 0, n).flip();
                    CoderResult r = utf8.decode(bytes, chars, false);
                    chars.clear();
                    if (r.isError()) {
                        validUtf8 = false;
                    }
                    bytes.compact();
                }
            }
            if (validUtf8) {
                bytes.flip();
                validUtf8 = !utf8.decode(bytes, chars, true).isError() && !bytes.hasRemaining();
            }
        }
        if (!anyText) {
            throw new FileRejected(1, null, "файл пуст");
        }
        return validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    private static boolean isBom(long position, byte b) {
        return position < 3 && (b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF);
    }
}
