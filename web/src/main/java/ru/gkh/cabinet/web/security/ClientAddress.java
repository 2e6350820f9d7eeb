package ru.gkh.cabinet.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, for the security log and the per-address limits. Behind a reverse proxy every
 * request comes from the proxy: the proxies named in {@code cabinet.trusted-proxies} (comma-separated addresses) are
 * believed about the client in {@code X-Forwarded-For} (its last entry not itself a trusted proxy); nobody else is.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        List<String> trusted = trusted();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return remote;
    }

    private static List<String> trusted() {
        return ConfigProvider.getConfig().getOptionalValue("cabinet.trusted-proxies", String.class)
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(List.of());
    }
}
