package org.mfaportal.phone.flow;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.phone.pin.PendingPin;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.phone.pin.PinRules;
import org.mfaportal.phone.pin.Pins;
import org.mfaportal.settings.PortalSettings;

/**
 * The PIN chosen on a phone setup page (calls and texts alike): asked only of a user who needs one
 * and has none, checked against the rules, hashed at once, kept in an auth note until the phone is
 * confirmed, and only then stored.
 */
public final class PinChoice {

    private PinChoice() {}

    /**
     * Whether the setup page asks for a new PIN: the realm wants one for this user, who has none
     * yet.
     */
    public static boolean asked(RequiredActionContext context, PortalSettings settings) {
        return PinPolicy.requiredFor(settings, context.getUser())
                && !new Pins(context.getSession(), context.getRealm()).has(context.getUser());
    }

    /**
     * The hashed new PIN where the page asks for one; null when it does not, or with an error
     * added.
     */
    public static PendingPin readIfAsked(
            RequiredActionContext context,
            PortalSettings settings,
            MultivaluedMap<String, String> typed,
            List<FormMessage> errors) {
        if (!asked(context, settings)) {
            return null;
        }
        return read(
                typed,
                PinRules.of(settings),
                new Pins(context.getSession(), context.getRealm()),
                errors);
    }

    /** Stores the PIN kept under {@code note} (if one was chosen): the phone is confirmed. */
    public static void storeKept(RequiredActionContext context, String note) {
        PendingPin pin = PendingPin.parse(context.getAuthenticationSession().getAuthNote(note));
        if (pin != null) {
            new Pins(context.getSession(), context.getRealm()).store(context.getUser(), pin);
        }
    }

    /** The hashed new PIN, or null with an error added when the PIN breaks a rule. */
    public static PendingPin read(
            MultivaluedMap<String, String> typed,
            PinRules rules,
            Pins pins,
            List<FormMessage> errors) {
        PinRules.Problem problem =
                rules.check(typed.getFirst(SetupPage.PIN), typed.getFirst(SetupPage.PIN_CONFIRM));
        if (problem != null) {
            errors.add(
                    new FormMessage(
                            SetupPage.PIN,
                            problem.messageKey,
                            rules.minLength(),
                            rules.maxLength()));
            return null;
        }
        return pins.hash(typed.getFirst(SetupPage.PIN));
    }
}
