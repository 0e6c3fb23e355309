package org.mfaportal.push.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Which browser asked for a push: a SHA-256 of Keycloak's root authentication session id, which
 * lives in that browser's HttpOnly AUTH_SESSION_ID cookie across its sign-ins. Another browser (an
 * attacker's) cannot present it, so "the same browser" can close its own abandoned request and
 * nobody else's (issue 12.4). Hashed so the store never holds a value that would let someone take
 * over the session.
 */
public final class BrowserRef {

    private BrowserRef() {}

    public static String of(AuthenticationSessionModel authSession) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    authSession
                                            .getParentSession()
                                            .getId()
                                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
