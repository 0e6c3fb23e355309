package org.mfaportal.it.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.nodes.Element;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.Totp;

/**
 * A person signs in to the demo app through an identity provider, as a browser does: the button on
 * Keycloak's login page, the provider's own login form, and for SAML the two POST bindings that a
 * browser with script submits by itself.
 */
final class BrokeredSignIn {

    static final String SETUP_CHOICE_FORM = "mfa-setup-choice-form";
    static final String OTP_SETUP_FORM = "kc-totp-settings-form";
    static final String OTP_FORM = "kc-otp-login-form";

    private final DemoApp app;
    private final String alias;
    private final boolean saml;

    BrokeredSignIn(DemoApp app, String alias, boolean saml) {
        this.app = app;
        this.alias = alias;
        this.saml = saml;
    }

    /** From the app to what the demo realm shows after the provider vouched for the person. */
    Page as(Browser browser, IdentityProviderRealm.Person person) {
        Page login = app.startSignIn(browser);
        Element button = login.html().getElementById("social-" + alias);
        assertThat(button).as("the login page offers " + alias).isNotNull();
        Page next = browser.open(button.absUrl("href"));
        if (saml) {
            next = next.formWith("SAMLRequest").submit();
        }
        Page answered =
                next.form("kc-form-login")
                        .fill("username", person.username())
                        .fill("password", person.password())
                        .submit();
        return saml ? answered.formWith("SAMLResponse").submit() : answered;
    }

    /**
     * The first arrival: the setup choice, then an authenticator app set up with the code it shows
     * now; returns the app's secret and the page after the setup.
     */
    static Enrolled enrollAuthenticatorApp(Page arrival) {
        assertThat(arrival.showsForm(SETUP_CHOICE_FORM))
                .as("a newcomer is offered the second step's setup, got '%s'", arrival.title())
                .isTrue();
        Page setup = arrival.form(SETUP_CHOICE_FORM).fill("method", "CONFIGURE_TOTP").submit();
        assertThat(setup.showsForm(OTP_SETUP_FORM)).as("authenticator setup").isTrue();
        String secret = setup.form(OTP_SETUP_FORM).value("totpSecret");
        String code = Totp.code(secret, Instant.now().getEpochSecond());
        Page done =
                setup.form(OTP_SETUP_FORM).fill("totp", code).fill("userLabel", "phone").submit();
        return new Enrolled(secret, code, done);
    }

    /** An authenticator app set up with {@code usedCode}, and the page after the setup. */
    record Enrolled(String secret, String usedCode, Page page) {

        /**
         * A code the app shows now or next that the setup did not use: Keycloak refuses a code a
         * second time, and accepts the next period's (its look-around window).
         */
        String freshCode() {
            long now = Instant.now().getEpochSecond();
            String current = Totp.code(secret, now);
            return current.equals(usedCode) ? Totp.code(secret, now + 30) : current;
        }
    }
}
