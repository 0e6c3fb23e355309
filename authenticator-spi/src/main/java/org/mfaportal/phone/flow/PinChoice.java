package org.mfaportal.phone.flow;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.phone.pin.PendingPin;
import org.mfaportal.phone.pin.PinRules;
import org.mfaportal.phone.pin.Pins;

/** Reads the PIN fields of a setup page: checked against the rules, then hashed at once. */
public final class PinChoice {

    private PinChoice() {
    }

    /** The hashed new PIN, or null with an error added when the PIN breaks a rule. */
    public static PendingPin read(MultivaluedMap<String, String> typed, PinRules rules, Pins pins, List<FormMessage> errors) {
        PinRules.Problem problem = rules.check(typed.getFirst(SetupPage.PIN), typed.getFirst(SetupPage.PIN_CONFIRM));
        if (problem != null) {
            errors.add(new FormMessage(SetupPage.PIN, problem.messageKey, rules.minLength(), rules.maxLength()));
            return null;
        }
        return pins.hash(typed.getFirst(SetupPage.PIN));
    }
}
