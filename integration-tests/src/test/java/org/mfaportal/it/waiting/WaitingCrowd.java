package org.mfaportal.it.waiting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.settings.PortalSetting;

/**
 * Many people signed in with their password and now waiting for their reply to a text (two-way
 * texts: a ticket lives as long as the code, up to 30 minutes, so a crowd can be gathered on a slow
 * machine): the state URL each waiting page polls, and the number that will reply. Each comes from
 * its own address.
 */
final class WaitingCrowd {

    /**
     * One waiting page: where it polls, from which address, and the phone whose reply decides it.
     */
    record Waiting(String stateUrl, String client, String number) {}

    private WaitingCrowd() {}

    /** The realm settings a crowd needs: replies awaited, long-lived codes, no realm send limit. */
    static Map<String, Object> settings() {
        return Map.of(
                PortalSetting.SMS_TWO_WAY.key(), true,
                PortalSetting.CODE_LIFETIME_SECONDS.key(), 1800,
                PortalSetting.SENDS_PER_REALM_PER_MINUTE.key(), 100_000);
    }

    static List<Waiting> signIn(KeycloakServer server, int count) {
        DemoApp app = new DemoApp(server);
        List<Waiting> crowd = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % 100 == 0) {
                System.out.printf("  %d of %d pages waiting%n", i, count);
            }
            String number = TestUser.freshNumber();
            TestUser user = TestUser.withTextMessages(server, number);
            String client = "198.51." + (100 + i / 250) + "." + (1 + i % 250);
            try (Browser browser = server.browser().forwardedFor(client)) {
                WaitPage page =
                        new WaitPage(
                                app.signInWithPassword(browser, user.username(), user.password()));
                crowd.add(new Waiting(page.stateUrl(), client, number));
            }
        }
        return crowd;
    }

    /** The phone replies with the code it was sent: the page's ticket is approved. */
    static void reply(KeycloakServer server, Waiting page) {
        int status =
                server.twilio()
                        .replyText(page.number(), server.twilio().lastTextTo(page.number()).code());
        if (status != 200) {
            throw new IllegalStateException("the reply webhook answered " + status);
        }
    }
}
