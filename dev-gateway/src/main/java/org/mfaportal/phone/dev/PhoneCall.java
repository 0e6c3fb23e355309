package org.mfaportal.phone.dev;

import java.util.List;

/**
 * A call to a virtual phone, as the person holding it lives it: it rings, is answered (the call
 * says something and may wait for keys), keys are pressed, the call says its last words and ends.
 * {@code greeting}: what it says when answered (it came with the call); {@code extension}: the
 * digits a real call would dial once connected (null for none).
 */
record PhoneCall(
        DevScript greeting,
        String statusUrl,
        String extension,
        State state,
        List<String> heard,
        String keysUrl,
        String keys,
        List<String> closing) {

    enum State {
        RINGING,
        TALKING,
        ENDED,
        MISSED,
        /** Hung up by the server: the sign-in moved on (another method, a new call). */
        CANCELED
    }

    PhoneCall {
        heard = heard == null ? List.of() : List.copyOf(heard);
        closing = closing == null ? List.of() : List.copyOf(closing);
    }

    static PhoneCall ringing(DevScript greeting, String statusUrl, String extension) {
        return new PhoneCall(
                greeting, statusUrl, extension, State.RINGING, List.of(), null, null, List.of());
    }

    /** Answered: what the call says, and where keys go (null when it asks for none). */
    PhoneCall answered(List<String> said, String gatherUrl) {
        return new PhoneCall(
                greeting, statusUrl, extension, State.TALKING, said, gatherUrl, keys, closing);
    }

    PhoneCall keysPressed(String digits, List<String> lastWords) {
        return new PhoneCall(
                greeting, statusUrl, extension, State.TALKING, heard, null, digits, lastWords);
    }

    PhoneCall ended() {
        return new PhoneCall(
                greeting, statusUrl, extension, State.ENDED, heard, null, keys, closing);
    }

    /** The server hung up: a ringing or answered call ends; one already over stays as it was. */
    PhoneCall canceled() {
        return state == State.RINGING || state == State.TALKING
                ? new PhoneCall(
                        greeting, statusUrl, extension, State.CANCELED, heard, null, keys, closing)
                : this;
    }

    PhoneCall missed() {
        return new PhoneCall(
                greeting, statusUrl, extension, State.MISSED, heard, null, keys, closing);
    }
}
