package ru.gkh.cabinet.domain.model.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a resident's password must be: at least 10 characters, not one of the passwords robots try first (the list in
 * {@code common-passwords.txt}), and not containing the email's name or the account number. {@link #problem} says, in
 * Russian, the first rule a password breaks, or null.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static String problem(String password, String email, String accountNumber) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Пароль: не короче " + MIN_LENGTH + " символов";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "Пароль: слишком распространённый, его подбирают первым — придумайте другой";
        }
        if (email != null) {
            String name = email.toLowerCase(Locale.ROOT).strip();
            int at = name.indexOf('@');
            name = at > 0 ? name.substring(0, at) : name;
            if (name.length() >= 3 && lower.contains(name)) {
                return "Пароль: не должен содержать адрес электронной почты";
            }
        }
        if (accountNumber != null && !accountNumber.isBlank() && password.contains(accountNumber.strip())) {
            return "Пароль: не должен содержать номер лицевого счёта";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
