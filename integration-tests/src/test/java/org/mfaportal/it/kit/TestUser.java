package org.mfaportal.it.kit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A fresh user of the demo realm, with a unique name so tests never share state. */
public record TestUser(String id, String username, String password, String totpSecret) {

    /** Test-run state (test code only): one server and one fake Twilio serve the whole run. */
    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS_HANDED_OUT =
            new java.util.concurrent.atomic.AtomicInteger(1_000);

    /** A user whose second factor is a TOTP app with a secret the test knows. */
    public static TestUser withTotp(KeycloakServer server) {
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return create(server, secret, List.of(totpCredential(secret)));
    }

    /**
     * A user with an authenticator app (first in their credential order) and text messages to a
     * number.
     */
    public static TestUser withTotpAndTextMessages(KeycloakServer server, String number) {
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return create(
                server,
                secret,
                List.of(
                        totpCredential(secret),
                        phoneCredential("mfa-sms", "{\"number\":\"" + number + "\"}")));
    }

    /**
     * A user whose default is text messages to a number, with an authenticator app second in their
     * credential order.
     */
    public static TestUser withTextMessagesAndTotp(KeycloakServer server, String number) {
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return create(
                server,
                secret,
                List.of(
                        phoneCredential("mfa-sms", "{\"number\":\"" + number + "\"}"),
                        totpCredential(secret)));
    }

    /** A user whose second factor is text messages to a fresh number. */
    public static TestUser withTextMessages(KeycloakServer server, String number) {
        return create(
                server,
                null,
                List.of(phoneCredential("mfa-sms", "{\"number\":\"" + number + "\"}")));
    }

    /** A user whose second factor is phone calls, with an optional backup number. */
    public static TestUser withPhoneCalls(KeycloakServer server, String number, String backup) {
        String data =
                "{\"number\":\""
                        + number
                        + "\""
                        + (backup == null ? "" : ",\"backupNumber\":\"" + backup + "\"")
                        + "}";
        return create(server, null, List.of(phoneCredential("mfa-voice", data)));
    }

    /**
     * A user whose default is phone calls to one number, with text messages to another second in
     * their credential order.
     */
    public static TestUser withPhoneCallsAndTextMessages(
            KeycloakServer server, String callNumber, String textNumber) {
        return create(
                server,
                null,
                List.of(
                        phoneCredential("mfa-voice", "{\"number\":\"" + callNumber + "\"}"),
                        phoneCredential("mfa-sms", "{\"number\":\"" + textNumber + "\"}")));
    }

    /**
     * A made-up US number (555 numbers are fictional) that no other test of this run uses: drawn in
     * turn, not at random, so two tests never share one by chance (the fake Twilio keeps per-number
     * state such as refusals for the whole run).
     */
    public static String freshNumber() {
        int next = NUMBERS_HANDED_OUT.getAndIncrement();
        if (next >= 10_000) {
            throw new IllegalStateException("more than 10,000 fresh numbers in one run");
        }
        return "+1415555" + String.format("%04d", next);
    }

    private static Map<String, Object> totpCredential(String secret) {
        return Map.of(
                "type",
                "otp",
                "userLabel",
                "test authenticator",
                "secretData",
                "{\"value\":\"" + secret + "\"}",
                "credentialData",
                "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
    }

    private static Map<String, Object> phoneCredential(String type, String data) {
        return Map.of(
                "type", type, "userLabel", "phone", "credentialData", data, "secretData", "{}");
    }

    /** A user with only a password: someone who has not enrolled yet. */
    public static TestUser withoutSecondFactor(KeycloakServer server) {
        return create(server, null, List.of());
    }

    private static TestUser create(
            KeycloakServer server, String secret, List<Map<String, Object>> credentials) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        String id =
                server.admin().createUser(KeycloakServer.REALM, username, password, credentials);
        return new TestUser(id, username, password, secret);
    }

    /** The code the user's authenticator app shows now. */
    public String currentCode() {
        return Totp.code(totpSecret, Instant.now().getEpochSecond());
    }
}
