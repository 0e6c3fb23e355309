package org.mfaportal.phone.dev;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.keycloak.models.KeycloakSession;

/**
 * Cross-site request forgery guard for the virtual phone's actions (double-submit): the page sets a
 * random token in a SameSite=Strict, HttpOnly cookie and puts the same token in every form; an
 * action runs only when both match. Another site can make a browser post, but can neither read nor
 * set the cookie. Nothing is kept on the server, so any node checks it.
 */
final class VirtualPhoneCsrf {

    static final String COOKIE = "MFA_VIRTUAL_PHONE_CSRF";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VirtualPhoneCsrf() {}

    /** The browser's token, or a new one to set with {@link #setCookie}. */
    static String tokenOf(KeycloakSession session) {
        String existing = cookie(session);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String setCookie(String token, String path) {
        return COOKIE + "=" + token + "; Path=" + path + "; HttpOnly; SameSite=Strict";
    }

    /** Refuses (403) an action whose form token is missing or differs from the cookie's. */
    static void require(KeycloakSession session, String formToken) {
        String cookie = cookie(session);
        if (cookie == null
                || formToken == null
                || !MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII),
                        formToken.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException(
                    "the virtual phone's form token is missing or wrong: reload the page");
        }
    }

    private static String cookie(KeycloakSession session) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
