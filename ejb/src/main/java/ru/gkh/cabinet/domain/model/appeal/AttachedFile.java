package ru.gkh.cabinet.domain.model.appeal;

import java.util.Arrays;
import java.util.List;

/**
 * A photo or document a resident attaches to an appeal: JPEG, PNG or PDF, recognised by its first bytes (never by its
 * name or the browser's word), at most {@link #MAX_BYTES}; at most {@link #MAX_FILES} per appeal. The name kept is
 * reduced to harmless characters.
 */
public record AttachedFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 3;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    /** Checks one uploaded file; the refusal names it and says what is wrong. */
    public static AttachedFile of(String submittedName, byte[] content) {
        String name = safeName(submittedName);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Файл «" + name + "»: пустой");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Файл «" + name + "»: больше 5 МБ");
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png"
                : startsWith(content, PDF) ? "application/pdf" : null;
        if (type == null) {
            throw new IllegalArgumentException("Файл «" + name + "»: можно приложить фотографию (JPEG, PNG) или документ PDF");
        }
        return new AttachedFile(name, type, content);
    }

    /** Checks how many files there are. */
    public static void checkCount(List<?> files) {
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("Вложения: не больше " + MAX_FILES + " файлов");
        }
    }

    /** Letters, digits, dot, dash, underscore and space; the rest becomes «_»; at most 100 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "файл";
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
