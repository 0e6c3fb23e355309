package org.mfaportal.phone.dev;

import java.util.function.UnaryOperator;

/**
 * One thing on a virtual phone: a text it received, a reply the person sent from it, or a call.
 * {@code note} says how the webhook behind the person's action answered, for the developer.
 */
record PhoneEvent(String id, Kind kind, long at, String text, PhoneCall call, String note) {

    enum Kind {
        TEXT_RECEIVED,
        TEXT_SENT,
        CALL
    }

    static PhoneEvent textReceived(String id, long at, String body) {
        return new PhoneEvent(id, Kind.TEXT_RECEIVED, at, body, null, null);
    }

    static PhoneEvent textSent(String id, long at, String body, String note) {
        return new PhoneEvent(id, Kind.TEXT_SENT, at, body, null, note);
    }

    static PhoneEvent call(String id, long at, PhoneCall call) {
        return new PhoneEvent(id, Kind.CALL, at, null, call, null);
    }

    PhoneEvent withCall(UnaryOperator<PhoneCall> change) {
        return call == null ? this : new PhoneEvent(id, kind, at, text, change.apply(call), note);
    }

    PhoneEvent withNote(String newNote) {
        return new PhoneEvent(id, kind, at, text, call, newNote);
    }
}
