package org.mfaportal.it.waiting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /**
     * Signs the crowd in, four at a time (the server has the cores; one at a time, a thousand take
     * long on a shared machine).
     */
    static List<Waiting> signIn(KeycloakServer server, int count) throws Exception {
        DemoApp app = new DemoApp(server);
        ExecutorService signers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Waiting>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Shared address space (RFC 6598): outside the demo realm's trusted office ranges.
                String client = "100.64." + (i / 250) + "." + (1 + i % 250);
                pending.add(signers.submit(() -> signIn(server, app, client)));
            }
            List<Waiting> crowd = new ArrayList<>();
            for (Future<Waiting> page : pending) {
                crowd.add(page.get(10, TimeUnit.MINUTES));
                if (crowd.size() % 100 == 0) {
                    System.out.printf("  %d of %d pages waiting%n", crowd.size(), count);
                }
            }
            return crowd;
        } finally {
            signers.shutdownNow();
        }
    }

    private static Waiting signIn(KeycloakServer server, DemoApp app, String client) {
        String number = TestUser.freshNumber();
        TestUser user = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(client)) {
            WaitPage page =
                    new WaitPage(app.signInWithPassword(browser, user.username(), user.password()));
            return new Waiting(page.stateUrl(), client, number);
        }
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
