package org.mfaportal.it.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;

/** Someone signs in with the user's password; the user's phone rings, and they answer 0#. */
final class FraudCalls {

    static final String OUTSIDE = "203.0.113.91";

    private FraudCalls() {}

    static void reportFraudOnACall(KeycloakServer server, TestUser user, String number) {
        FakeTwilio twilio = server.twilio();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(
                            new DemoApp(server)
                                    .signInWithPassword(browser, user.username(), user.password()));
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            twilio.press(sid, "0#");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isFalse();
        }
    }
}
