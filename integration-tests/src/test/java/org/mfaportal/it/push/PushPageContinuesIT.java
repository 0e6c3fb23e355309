package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.openqa.selenium.By;

/**
 * In a real browser (Chromium): the page's own script moves the sign-in on once the phone approves.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PushPageContinuesIT {

    @Test
    void theSignInPageMovesOnByItselfWhenThePhoneApproves(KeycloakServer server) {
        DemoApp app = new DemoApp(server);
        PushUsers.Enrolled ann = PushUsers.enrolled(server, app);
        try (Chromium chromium = new Chromium()) {
            chromium.onFailureKeep("push-sign-in-continues");
            chromium.open(app.signInUrl());
            chromium.signIn(ann.user());
            String number =
                    chromium.waitFor(
                                    d ->
                                            d.findElements(By.id("mfa-push-number")).stream()
                                                    .findFirst()
                                                    .orElse(null))
                            .getAttribute("data-number");

            // Nobody touches the page from here on: only the phone answers.
            assertThat(Phone.answerTheOnlyRequest(ann.device(), number).accepted()).isTrue();

            String landed =
                    chromium.waitFor(
                            d ->
                                    d.getCurrentUrl().startsWith(DemoApp.REDIRECT_URI)
                                            ? d.getCurrentUrl()
                                            : null);
            assertThat(landed).contains("code=");
        }
    }
}
