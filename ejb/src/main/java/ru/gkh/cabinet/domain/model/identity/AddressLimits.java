package ru.gkh.cabinet.domain.model.identity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often one network address may do what robots would push: sign in, register, have a code sent, ask for recovery.
 * Written as {@code SIGN_IN=60/15,REGISTER=10/60} (count per minutes); an action not named keeps its default.
 */
public final class AddressLimits {

    /** The actions that are limited; the names are those of the security log. */
    public enum Limited { SIGN_IN, REGISTER, CODE_SENT, RECOVER }

    /** At most {@code count} within {@code window}. */
    public record Limit(int count, Duration window) {
    }

    public static final String DEFAULTS = "SIGN_IN=60/15,REGISTER=10/60,CODE_SENT=10/60,RECOVER=10/60";

    private final Map<Limited, Limit> limits = new EnumMap<>(Limited.class);

    private AddressLimits() {
    }

    /** Parses the setting; a malformed one names the part that is wrong. */
    public static AddressLimits parse(String setting) {
        AddressLimits l = new AddressLimits();
        l.read(DEFAULTS);
        if (setting != null && !setting.isBlank()) {
            l.read(setting);
        }
        return l;
    }

    private void read(String setting) {
        for (String part : setting.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] kv = p.split("=");
            String[] cw = kv.length == 2 ? kv[1].split("/") : new String[0];
            try {
                if (cw.length != 2) {
                    throw new IllegalArgumentException();
                }
                Limit limit = new Limit(Integer.parseInt(cw[0].strip()), Duration.ofMinutes(Long.parseLong(cw[1].strip())));
                if (limit.count() < 1 || limit.window().isZero() || limit.window().isNegative()) {
                    throw new IllegalArgumentException();
                }
                limits.put(Limited.valueOf(kv[0].strip()), limit);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cabinet.address-limits: «" + p + "» is not ACTION=count/minutes with ACTION one of "
                        + java.util.Arrays.toString(Limited.values()), e);
            }
        }
    }

    public Limit of(Limited action) {
        return limits.get(action);
    }
}
