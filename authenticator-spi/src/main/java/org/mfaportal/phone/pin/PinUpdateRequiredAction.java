package org.mfaportal.phone.pin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.settings.PortalSettings;

/**
 * Chooses a new PIN (the account console's "Update" for the PIN): checked against the rules, stored
 * hashed.
 */
final class PinUpdateRequiredAction extends PortalRequiredAction {

    static final String TEMPLATE = "mfa-pin-update.ftl";
    static final String PIN = "pin";
    static final String PIN_CONFIRM = "pinConfirm";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(form(context, List.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> typed = context.getHttpRequest().getDecodedFormParameters();
        PinRules rules = PinRules.of(PortalSettings.of(context.getRealm()));
        PinRules.Problem problem = rules.check(typed.getFirst(PIN), typed.getFirst(PIN_CONFIRM));
        if (problem != null) {
            List<FormMessage> errors = new ArrayList<>();
            errors.add(
                    new FormMessage(PIN, problem.messageKey, rules.minLength(), rules.maxLength()));
            context.challenge(form(context, errors));
            return;
        }
        Pins pins = new Pins(context.getSession(), context.getRealm());
        pins.store(context.getUser(), pins.hash(typed.getFirst(PIN)));
        context.getEvent().detail("mfa_pin", "updated");
        context.success();
    }

    private jakarta.ws.rs.core.Response form(
            RequiredActionContext context, List<FormMessage> errors) {
        PinRules rules = PinRules.of(PortalSettings.of(context.getRealm()));
        var form =
                context.form()
                        .setAttribute("mfaPinMin", rules.minLength())
                        .setAttribute("mfaPinMax", rules.maxLength());
        if (!errors.isEmpty()) {
            form.setErrors(errors);
        }
        return form.createForm(TEMPLATE);
    }
}
