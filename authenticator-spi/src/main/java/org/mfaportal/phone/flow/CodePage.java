package org.mfaportal.phone.flow;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The page where a texted code is typed, for sign-in and setup. */
public final class CodePage {

    public static final String TEMPLATE = "mfa-sms-code.ftl";
    public static final String CODE = "code";
    public static final String RESEND = "resend";

    /**
     * Sent by the page's script when the gateway reported the text undelivered: no code was typed.
     */
    public static final String DELIVERY_REPORT = "deliveryReport";

    private CodePage() {}

    /**
     * Renders the page; with a {@code deliveryStateUrl} its script watches the text's delivery
     * report and reloads the page the moment the text is reported undelivered.
     */
    public static Response render(
            LoginFormsProvider form,
            String titleKey,
            String maskedPhone,
            String deliveryStateUrl,
            String errorKey,
            String infoKey,
            Object... infoArgs) {
        form.setAttribute("mfaTitleKey", titleKey).setAttribute("mfaPhone", maskedPhone);
        if (deliveryStateUrl != null) {
            form.setAttribute("mfaDeliveryStateUrl", deliveryStateUrl);
        }
        if (errorKey != null) {
            form.addError(new FormMessage(CODE, errorKey));
        }
        if (infoKey != null) {
            form.setInfo(infoKey, infoArgs);
        }
        return form.createForm(TEMPLATE);
    }
}
