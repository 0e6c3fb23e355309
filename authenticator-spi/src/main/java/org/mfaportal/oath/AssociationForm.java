package org.mfaportal.oath;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What the user typed on the association page; the secret is optional (an imported token has one).
 */
record AssociationForm(
        String serial, String secret, String encoding, String type, String code, String nextCode) {

    static final String SERIAL = "serial";
    static final String SECRET = "secret";
    static final String ENCODING = "secretEncoding";
    static final String TYPE = "tokenType";
    static final String CODE = "code";

    /** The code after {@link #CODE}: an HOTP token proves itself with two in a row. */
    static final String NEXT_CODE = "nextCode";

    static AssociationForm from(MultivaluedMap<String, String> form) {
        return new AssociationForm(
                trimmed(form.getFirst(SERIAL)),
                trimmed(form.getFirst(SECRET)),
                trimmed(form.getFirst(ENCODING)),
                trimmed(form.getFirst(TYPE)),
                trimmed(form.getFirst(CODE)),
                trimmed(form.getFirst(NEXT_CODE)));
    }

    boolean hasSecret() {
        return !secret.isEmpty();
    }

    /** The typed secret as Base32 (the default, as apps show it) or hex (as vendors print it). */
    TokenSecret parsedSecret() {
        return "hex".equalsIgnoreCase(encoding)
                ? TokenSecret.fromHex(secret)
                : TokenSecret.fromBase32(secret);
    }

    TokenType parsedType() {
        TokenType parsed = TokenType.parse(type);
        return parsed == null ? TokenType.TOTP : parsed;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
