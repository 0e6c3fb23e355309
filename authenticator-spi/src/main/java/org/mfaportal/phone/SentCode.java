package org.mfaportal.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A code we texted, kept in the authentication session (server side, per browser tab) until it is
 * used, expires or was guessed wrong too often. A resend sends the same live code again.
 */
public record SentCode(String code, long expiresAt, long sentAt, int wrongAttempts) {

    public enum Check {
        MATCH,
        EXPIRED,
        MISMATCH,
        EXHAUSTED
    }

    /** Wrong tries one code survives; each also counts in Keycloak's brute-force protection. */
    static final int MAX_WRONG_ATTEMPTS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SentCode fresh(int length, long now, long lifetimeMillis) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new SentCode(digits.toString(), now + lifetimeMillis, now, 0);
    }

    public static SentCode readFrom(AuthenticationSessionModel session, String purpose) {
        String stored = session.getAuthNote(note(purpose));
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":");
        return new SentCode(
                parts[0],
                Long.parseLong(parts[1]),
                Long.parseLong(parts[2]),
                Integer.parseInt(parts[3]));
    }

    public void writeTo(AuthenticationSessionModel session, String purpose) {
        session.setAuthNote(
                note(purpose), code + ":" + expiresAt + ":" + sentAt + ":" + wrongAttempts);
    }

    public static void clear(AuthenticationSessionModel session, String purpose) {
        session.removeAuthNote(note(purpose));
    }

    public boolean isLive(long now) {
        return now < expiresAt && wrongAttempts < MAX_WRONG_ATTEMPTS;
    }

    /** Compares in constant time; an expired or exhausted code never matches. */
    public Check check(String entered, long now) {
        if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            return Check.EXHAUSTED;
        }
        if (now >= expiresAt) {
            return Check.EXPIRED;
        }
        // As people type codes: with spaces or dashes, or in full-width digits (NFKC makes those
        // ASCII).
        String typed =
                entered == null
                        ? ""
                        : java.text.Normalizer.normalize(entered, java.text.Normalizer.Form.NFKC)
                                .replaceAll("[\\s\\-.]", "");
        return MessageDigest.isEqual(
                        code.getBytes(StandardCharsets.UTF_8),
                        typed.getBytes(StandardCharsets.UTF_8))
                ? Check.MATCH
                : Check.MISMATCH;
    }

    public SentCode withWrongAttempt() {
        return new SentCode(code, expiresAt, sentAt, wrongAttempts + 1);
    }

    public SentCode resentAt(long now) {
        return new SentCode(code, expiresAt, now, wrongAttempts);
    }

    private static String note(String purpose) {
        return "mfa-portal.code." + purpose;
    }
}
