package org.vigil.app.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browsers that have signed in to an account before ("device cookies"). A browser holding a valid
 * cookie for the account it signs in to is not held back by that account's lock or by its address's
 * throttle, so a stranger hammering the login page cannot keep the people who use it every day out.
 * The cookie is bound to one account, signed with a key that lives only in this process (a restart
 * forgets every device, which errs on the side of the lock), and stops counting after five failed
 * passwords sent with it, so a stolen cookie does not become a licence to guess.
 */
final class TrustedDevices {

    static final String COOKIE = "vigil-device";
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final int FAILURES_ALLOWED = 5;

    private final byte[] key = new byte[32];
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    TrustedDevices() {
        new SecureRandom().nextBytes(key);
    }

    /** Gives the browser a cookie naming the account it just signed in to. */
    void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "." + Instant.now().plus(LIFETIME).getEpochSecond();
        Cookie cookie = new Cookie(COOKIE, body + "." + mac(body));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/login");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** True when the request carries a valid, still trusted cookie for this account. */
    boolean trusted(HttpServletRequest request, String username) {
        return cookie(request).filter(c -> failures.getOrDefault(c, 0) < FAILURES_ALLOWED)
                .filter(c -> valid(c, username)).isPresent();
    }

    /** Counts a failed password sent with the request's cookie, if any. */
    void failed(HttpServletRequest request) {
        cookie(request).ifPresent(c -> failures.merge(c, 1, Integer::sum));
    }

    private boolean valid(String value, String username) {
        String[] parts = value.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        return named.equals(username) && Instant.now().getEpochSecond() < Long.parseLong(parts[1]);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
