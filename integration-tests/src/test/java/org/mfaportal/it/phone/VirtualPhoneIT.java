package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.sms.SmsAuthenticatorFactory;

/**
 * The run command's virtual phone, on a server of its own whose gateway is "dev": its buttons
 * cannot be pressed from another site, and what it posts goes to the server's configured address
 * only, whatever Host a request claims.
 */
class VirtualPhoneIT {

    private static KeycloakServer server;

    @BeforeAll
    static void startDevGatewayServer() throws Exception {
        server = KeycloakServer.startWithDevGateway();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anotherSitesPostIsRefusedThePagesOwnFormWorks() {
        String number = textedNumber();
        String reply = page() + "/texts/reply";
        try (Browser developer = server.browser();
                Browser otherSite = server.browser()) {
            Page phone = developer.open(page());
            String token = phone.html().selectFirst("form.reply input[name=csrf]").val();
            assertThat(token).hasSize(43);

            // A page elsewhere can make the developer's browser post, but knows no token.
            assertThat(developer.post(reply, Map.of("number", number, "body", "hi")).status())
                    .isEqualTo(403);
            // A token without the page's SameSite cookie (another browser, or a cross-site request)
            // is no good either.
            assertThat(
                            otherSite
                                    .post(
                                            reply,
                                            Map.of("number", number, "body", "hi", "csrf", token))
                                    .status())
                    .isEqualTo(403);
            assertThat(card(developer, number)).doesNotContain("You replied");

            assertThat(
                            developer
                                    .post(
                                            reply,
                                            Map.of(
                                                    "number", number, "body", "hello", "csrf",
                                                    token))
                                    .status())
                    .isEqualTo(303);
            assertThat(card(developer, number)).contains("You replied", "reply webhook: HTTP 200");
        }
    }

    @Test
    void aForgedHostNeverRedirectsTheVirtualPhonesWebhooks() {
        String number = textedNumber();
        try (Browser developer = server.browser()) {
            String token =
                    developer.open(page()).html().selectFirst("form.reply input[name=csrf]").val();

            developer.header("Host", "attacker.example");
            developer.post(
                    page() + "/texts/reply",
                    Map.of("number", number, "body", "ping", "csrf", token));
        }
        try (Browser look = server.browser()) {
            // Posted to the configured public URL (this server), not to attacker.example.
            assertThat(card(look, number))
                    .contains("You replied", "reply webhook: HTTP 200")
                    .doesNotContain("not reached");
        }
    }

    /**
     * Issue 12.4: a call the sign-in left for text messages ("Try another way") stops ringing on
     * the virtual phone.
     */
    @Test
    void aCallLeftForAnotherMethodStopsRinging() {
        String callNumber = TestUser.freshNumber();
        String textNumber = TestUser.freshNumber();
        TestUser user = TestUser.withPhoneCallsAndTextMessages(server, callNumber, textNumber);
        DemoApp app = new DemoApp(server);
        try (Browser browser = server.browser();
                Browser developer = server.browser()) {
            Page waiting = app.signInWithPassword(browser, user.username(), user.password());
            assertThat(card(developer, callNumber)).contains("Ringing");

            Page codePage = app.tryAnotherWay(waiting, SmsAuthenticatorFactory.ID);

            assertThat(codePage.showsForm("mfa-sms-code-form")).isTrue();
            assertThat(card(developer, callNumber)).contains("Cancelled").doesNotContain("Ringing");
        }
    }

    /**
     * A user signs in with text messages: the code lands on the virtual phone of a fresh number.
     */
    private static String textedNumber() {
        String number = TestUser.freshNumber();
        TestUser user = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser()) {
            Page codePage =
                    new DemoApp(server)
                            .signInWithPassword(browser, user.username(), user.password());
            assertThat(codePage.showsForm("mfa-sms-code-form"))
                    .as(codePage.title() + " | " + codePage.feedback())
                    .isTrue();
        }
        return number;
    }

    /** The number's card on the virtual phone page, as text. */
    private static String card(Browser browser, String number) {
        return browser.open(page())
                .html()
                .getElementById("n" + number.replaceAll("[^0-9]", ""))
                .text();
    }

    private static String page() {
        return server.realmUrl() + "/mfa-dev-gateway/virtual-phone";
    }
}
