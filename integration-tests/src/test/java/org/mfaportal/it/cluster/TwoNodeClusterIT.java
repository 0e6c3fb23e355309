package org.mfaportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.cluster.ClusterNode;
import org.mfaportal.it.kit.cluster.KeycloakCluster;
import org.mfaportal.it.kit.cluster.RoutedPoll;
import org.mfaportal.it.kit.cluster.VirtualPhone;
import org.mfaportal.settings.PortalSetting;

/**
 * Sign-ins on a two-node cluster behind a load balancer: whichever node a browser, a webhook or the
 * phone app reaches, the same sign-in goes on, limits count once, and a node's death loses nothing.
 */
@ExtendWith(KeycloakCluster.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String OUTSIDE = "203.0.113.61";
    private static final String CODE_FORM = "mfa-sms-code-form";
    private static final String WAIT_FORM = "mfa-phone-wait-form";
    private static final int POLL_SECONDS = 20;

    private final KeycloakCluster cluster;
    private final KeycloakServer server;
    private final DemoApp app;
    private final ClusterNode a;
    private final ClusterNode b;
    private PortalSettingsScope settings;

    TwoNodeClusterIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.server = cluster.server();
        this.app = new DemoApp(server);
        this.a = cluster.nodeA();
        this.b = cluster.nodeB();
    }

    @BeforeEach
    void keepTheSettings() {
        cluster.balancer().sendUnmarkedTo(a);
        settings = server.keepPortalSettings();
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void aTextSignInStartedOnNodeAIsFinishedWithTheCodeTypedOnNodeB() {
        String number = TestUser.freshNumber();
        TestUser ann = TestUser.withTextMessages(server, number);
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE);
                Browser phone = cluster.browserOn(b)) {
            Page codePage = app.signInWithPassword(browser, ann.username(), ann.password());
            assertThat(codePage.showsForm(CODE_FORM)).as(codePage.feedback()).isTrue();
            String code = new VirtualPhone(phone, server).lastCodeTo(number);

            KeycloakCluster.moveTo(browser, b);
            Page next = codePage.form(CODE_FORM).fill("code", code).submit();

            assertThat(DemoApp.isSignedIn(next))
                    .as(next.title() + " | " + next.feedback())
                    .isTrue();
        }
    }

    @Test
    void aCallsKeypadWebhookLandsOnNodeBWhileTheBrowserWaitsOnNodeA() throws Exception {
        String number = TestUser.freshNumber();
        TestUser gus = TestUser.withPhoneCalls(server, number, null);
        cluster.balancer().sendUnmarkedTo(b);
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE);
                Browser phone = cluster.browserOn(b)) {
            Page waiting = app.signInWithPassword(browser, gus.username(), gus.password());
            String stateUrl = AppPages.stateUrl(waiting);
            CompletableFuture<String> pollOnA = poll(stateUrl, a);

            new VirtualPhone(phone, server).answerAndPress(number, "#");

            assertThat(pollOnA.get(POLL_SECONDS + 30L, TimeUnit.SECONDS)).isEqualTo("APPROVED");
            assertThat(new VirtualPhone(phone, server).card(number)).contains("keys: HTTP 200");
            assertThat(DemoApp.isSignedIn(waiting.form(WAIT_FORM).submit())).isTrue();
        }
    }

    @Test
    void thePhoneAppEnrolledOnNodeAAnswersASignInOnNodeB() throws Exception {
        TestUser cid = TestUser.withoutSecondFactor(server);
        SimulatedDevice device;
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE)) {
            device = AppPages.enroll(app, browser, a, cid.username(), cid.password());
        }
        assertThat(device.url().getPort()).isEqualTo(cluster.balancer().url().getPort());

        cluster.balancer().sendUnmarkedTo(b);
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE)) {
            Page waiting = app.signInWithPassword(browser, cid.username(), cid.password());
            String stateUrl = AppPages.stateUrl(waiting);
            CompletableFuture<String> pollOnA = poll(stateUrl, a);

            AppPages.pickTheShownNumber(device, waiting);

            assertThat(pollOnA.get(POLL_SECONDS + 30L, TimeUnit.SECONDS)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.form(AppPages.WAIT_FORM).submit())).isTrue();
        }
    }

    @Test
    void theVirtualPhoneOnNodeBShowsAndRepliesToATextSentByNodeA() throws Exception {
        settings.change(Map.of(PortalSetting.SMS_TWO_WAY.key(), true));
        String number = TestUser.freshNumber();
        TestUser dee = TestUser.withTextMessages(server, number);
        cluster.balancer().sendUnmarkedTo(b);
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE);
                Browser phoneBrowser = cluster.browserOn(b)) {
            Page waiting = app.signInWithPassword(browser, dee.username(), dee.password());
            String stateUrl = AppPages.stateUrl(waiting);
            VirtualPhone phone = new VirtualPhone(phoneBrowser, server);
            assertThat(phone.card(number)).contains("reply to this message with");
            CompletableFuture<String> pollOnA = poll(stateUrl, a);

            assertThat(phone.reply(number, phone.lastCodeTo(number))).isEqualTo(303);

            assertThat(phone.card(number)).contains("reply webhook: HTTP 200");
            assertThat(pollOnA.get(POLL_SECONDS + 30L, TimeUnit.SECONDS)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.form(WAIT_FORM).submit())).isTrue();
        }
    }

    @Test
    void aBypassGrantedOnNodeAIsUsedOnceBySignInsRacingOnBothNodes() throws Exception {
        settings.change(Map.of(PortalSetting.BYPASS_ALLOWED.key(), true));
        TestUser eve = TestUser.withTextMessages(server, TestUser.freshNumber());
        server.admin()
                .post(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/mfa-portal/users/"
                                + eve.id()
                                + "/bypass",
                        Map.of())
                .requireStatus(201);
        List<Browser> browsers =
                List.of(
                        cluster.browserOn(a).forwardedFor(OUTSIDE),
                        cluster.browserOn(b).forwardedFor(OUTSIDE));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Page> logins = new ArrayList<>();
            for (Browser browser : browsers) {
                logins.add(app.startSignIn(browser));
            }
            List<Future<Page>> results = new ArrayList<>();
            for (Page login : logins) {
                results.add(
                        pool.submit(
                                () ->
                                        login.form("kc-form-login")
                                                .fill("username", eve.username())
                                                .fill("password", eve.password())
                                                .submit()));
            }
            int skipped = 0;
            int askedForACode = 0;
            for (Future<Page> result : results) {
                Page page = result.get(2, TimeUnit.MINUTES);
                skipped += DemoApp.isSignedIn(page) ? 1 : 0;
                askedForACode += page.showsForm(CODE_FORM) ? 1 : 0;
            }
            assertThat(skipped).as("sign-ins that used the bypass").isEqualTo(1);
            assertThat(askedForACode).as("sign-ins asked for the second step").isEqualTo(1);
        } finally {
            pool.shutdown();
            browsers.forEach(Browser::close);
        }
    }

    @Test
    void theUsersSendLimitCountsTextsSentByBothNodes() {
        settings.change(Map.of(PortalSetting.SENDS_PER_USER_PER_HOUR.key(), 2));
        String number = TestUser.freshNumber();
        TestUser fay = TestUser.withTextMessages(server, number);
        for (ClusterNode node : List.of(a, b)) {
            try (Browser browser = cluster.browserOn(node).forwardedFor(OUTSIDE)) {
                Page codePage = app.signInWithPassword(browser, fay.username(), fay.password());
                assertThat(codePage.showsForm(CODE_FORM)).as(codePage.feedback()).isTrue();
            }
        }
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE);
                Browser phone = cluster.browserOn(b)) {
            Page third = app.signInWithPassword(browser, fay.username(), fay.password());

            assertThat(third.feedback()).contains("Too many messages");
            assertThat(new VirtualPhone(phone, server).textsTo(number)).isEqualTo(2);
        }
    }

    @Test
    void theUsersDenialLimitCountsDenialsReceivedByBothNodes() {
        settings.change(Map.of(PortalSetting.PUSH_DENIALS_PER_USER_PER_HOUR.key(), 2));
        TestUser gil = TestUser.withoutSecondFactor(server);
        SimulatedDevice device;
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE)) {
            device = AppPages.enroll(app, browser, a, gil.username(), gil.password());
        }
        for (ClusterNode node : List.of(a, b)) {
            cluster.balancer().sendUnmarkedTo(node);
            try (Browser browser = cluster.browserOn(node).forwardedFor(OUTSIDE)) {
                Page waiting = app.signInWithPassword(browser, gil.username(), gil.password());
                String stateUrl = AppPages.stateUrl(waiting);

                assertThat(device.deny(AppPages.theOnlyRequest(device)).status()).isEqualTo(200);
                assertThat(RoutedPoll.state(stateUrl, node, POLL_SECONDS)).isEqualTo("DENIED");
            }
        }
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE)) {
            Page third = app.signInWithPassword(browser, gil.username(), gil.password());

            assertThat(third.feedback()).contains("Too many requests were denied");
            assertThat(device.poll()).as("no push after the limit").isEmpty();
        }
    }

    /** Last: node A stays dead. */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenNodeAIsKilledWhileASignInWaitsForACallTheSignInFinishesOnNodeB() throws Exception {
        String number = TestUser.freshNumber();
        TestUser hal = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = cluster.browserOn(a).forwardedFor(OUTSIDE);
                Browser phone = cluster.browserOn(b)) {
            Page waiting = app.signInWithPassword(browser, hal.username(), hal.password());
            String stateUrl = AppPages.stateUrl(waiting);
            assertThat(new VirtualPhone(phone, server).card(number)).contains("Ringing");

            a.kill();
            cluster.balancer().sendUnmarkedTo(b);
            KeycloakCluster.moveTo(browser, b);
            new VirtualPhone(phone, server).answerAndPress(number, "#");

            assertThat(RoutedPoll.state(stateUrl, b, POLL_SECONDS)).isEqualTo("APPROVED");
            Page next = waiting.form(WAIT_FORM).submit();
            assertThat(DemoApp.isSignedIn(next))
                    .as(next.title() + " | " + next.feedback())
                    .isTrue();
        }
        assertThat(a.isAlive()).isFalse();
    }

    /** The waiting page's script: its long poll, already waiting while the answer lands. */
    private static CompletableFuture<String> poll(String stateUrl, ClusterNode node) {
        CompletableFuture<String> state =
                CompletableFuture.supplyAsync(() -> RoutedPoll.state(stateUrl, node, POLL_SECONDS));
        // Give the poll a head start so it is waiting when the answer lands (it may also land
        // first: the state is the same either way).
        try {
            state.get(Duration.ofMillis(300).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // Waiting, as intended.
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return state;
    }
}
