package org.mfaportal.phone.flow;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The seed's "User Setup" page of a phone method: numbers, and a PIN where one is required. */
public final class SetupPage {

    public static final String TEMPLATE = "mfa-phone-setup.ftl";
    public static final String NUMBER = "number";
    public static final String EXTENSION = "extension";
    public static final String BACKUP_NUMBER = "backupNumber";
    public static final String PIN = "pin";
    public static final String PIN_CONFIRM = "pinConfirm";

    /** On the second page: go back and change the number. */
    public static final String CHANGE_NUMBER = "changeNumber";

    /** Which fields the page shows, and its wording. */
    public record View(
            String titleKey,
            String numberLabelKey,
            String submitKey,
            boolean askExtension,
            boolean askBackup,
            boolean askPin,
            int pinMinLength,
            int pinMaxLength) {}

    private SetupPage() {}

    /**
     * Renders the page, keeping what the user typed (never the PIN) and marking the fields in
     * error.
     */
    public static Response render(
            LoginFormsProvider form,
            View view,
            MultivaluedMap<String, String> typed,
            List<FormMessage> errors) {
        form.setAttribute("mfaSetup", view);
        if (typed != null) {
            form.setAttribute("mfaNumber", typed.getFirst(NUMBER))
                    .setAttribute("mfaExtension", typed.getFirst(EXTENSION))
                    .setAttribute("mfaBackupNumber", typed.getFirst(BACKUP_NUMBER));
        }
        if (errors != null && !errors.isEmpty()) {
            form.setErrors(errors);
        }
        return form.createForm(TEMPLATE);
    }
}
