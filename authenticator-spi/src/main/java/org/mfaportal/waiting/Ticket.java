package org.mfaportal.waiting;

import java.util.HashMap;
import java.util.Map;

/**
 * A verification that a gateway completes out of band: a call waiting for keys, or a text waiting
 * for a reply. Lives in Keycloak's single-use store, so the webhook and the waiting browser may
 * reach different nodes.
 */
public record Ticket(String id, Map<String, String> notes) {

    /** Where a ticket stands; the browser continues once it is no longer PENDING. */
    public enum State {
        PENDING,
        APPROVED,
        WRONG_PIN,
        WRONG_CODE,
        FRAUD_REPORTED,
        NO_ANSWER,
        BUSY,
        FAILED,
        /** Call: answered, but the keypad timed out without # (silence, voicemail). */
        NOT_CONFIRMED,
        /**
         * Two-way text: the user replied STOP (or another opt-out word); Twilio blocks texts to the
         * number.
         */
        REPLIES_STOPPED,
        /**
         * Text: the gateway reported it undelivered or failed (e.g. Twilio 30003, 30005, 30006,
         * 30008).
         */
        UNDELIVERED,
        /** Mobile app: the user denied the request, or picked the wrong number. */
        DENIED,
        WRONG_ANSWER,
        /**
         * Call: the sign-in moved on (another method, a new call) and hung it up; nothing pressed
         * later counts.
         */
        CANCELED
    }

    public static final String REALM = "realm";
    public static final String USER = "user";
    public static final String METHOD = "method";
    public static final String PHONE = "phone";
    public static final String PIN_REQUIRED = "pinRequired";
    public static final String LOCALE = "locale";
    public static final String CODE = "code";
    public static final String STATE = "state";
    public static final String GATEWAY_ID = "gatewayId";

    /** The gateway's error code for an undelivered text. */
    public static final String GATEWAY_ERROR = "gatewayError";

    /** During setup: the PIN just chosen (hashed), which the call or reply must match. */
    public static final String PENDING_PIN = "pendingPin";

    /**
     * Set (to "true") on a call that confirms a new phone during setup, not a sign-in: the call
     * says so.
     */
    public static final String SETUP = "setup";

    /**
     * Where a ticket has one: the end of what it waits for (epoch seconds, Keycloak's clock), told
     * to the waiting page.
     */
    public static final String EXPIRES_AT = "expiresAt";

    public String note(String name) {
        return notes.get(name);
    }

    public State state() {
        String state = notes.get(STATE);
        return state == null ? State.PENDING : State.valueOf(state);
    }

    /**
     * Still pending past its deadline: the waiting page can stop waiting (the ticket itself
     * outlives it a little).
     */
    public boolean overdue(long nowSeconds) {
        String expiresAt = notes.get(EXPIRES_AT);
        return state() == State.PENDING
                && expiresAt != null
                && nowSeconds >= Long.parseLong(expiresAt);
    }

    public boolean pinRequired() {
        return Boolean.parseBoolean(notes.get(PIN_REQUIRED));
    }

    public Ticket with(String name, String value) {
        Map<String, String> changed = new HashMap<>(notes);
        changed.put(name, value);
        return new Ticket(id, changed);
    }
}
