package org.mfaportal.it.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;

/**
 * The same second step after an OpenID Connect provider (a second realm of the test server, its
 * client authenticated with a secret): set up on arrival, asked for afterwards.
 */
@ExtendWith(KeycloakServer.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcBrokeringIT {

    private final KeycloakServer server;
    private final DemoApp app;
    private IdentityProviderRealm company;
    private BrokeredSignIn signIn;

    OidcBrokeringIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @BeforeAll
    void theDemoRealmTrustsTheCompanysOpenIdProvider() {
        company = new IdentityProviderRealm(server);
        signIn = new BrokeredSignIn(app, company.oidcBroker(), false);
    }

    @AfterAll
    void removeTheProviderAndItsRealm() {
        company.close();
    }

    @Test
    void aNewcomerSetsUpTheSecondStepOnArrivalAndIsAskedForItNextTime() {
        IdentityProviderRealm.Person ida = company.person();
        BrokeredSignIn.Enrolled enrolled;
        try (Browser browser = server.browser()) {
            enrolled = BrokeredSignIn.enrollAuthenticatorApp(signIn.as(browser, ida));
            assertThat(DemoApp.isSignedIn(enrolled.page())).as("back at the app").isTrue();
        }

        try (Browser browser = server.browser()) {
            Page secondStep = signIn.as(browser, ida);
            assertThat(secondStep.showsForm(BrokeredSignIn.OTP_FORM))
                    .as("asked for the second step")
                    .isTrue();
            Page wrong = secondStep.form(BrokeredSignIn.OTP_FORM).fill("otp", "000000").submit();
            assertThat(DemoApp.isSignedIn(wrong)).as("a wrong code is refused").isFalse();
            Page done =
                    wrong.form(BrokeredSignIn.OTP_FORM).fill("otp", enrolled.freshCode()).submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
    }
}
