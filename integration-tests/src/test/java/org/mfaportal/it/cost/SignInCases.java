package org.mfaportal.it.cost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.it.kit.twilio.SentText;
import org.mfaportal.it.push.Phone;
import org.mfaportal.it.push.PushUsers;
import org.mfaportal.it.push.PushWait;

/** The six cases, each bound to its own client and flow in the demo realm. */
final class SignInCases {

    private SignInCases() {}

    static List<SignInCase> all(KeycloakServer server, int signInsPerCase) {
        BenchFlows flows = new BenchFlows(server.admin(), KeycloakServer.REALM);
        List<SignInCase> cases = new ArrayList<>();
        cases.add(
                passwordOnly(
                        server,
                        app(
                                server,
                                flows,
                                "cost-password",
                                flows.keycloakFlow("cost-password", false))));
        cases.add(
                keycloakOtp(
                        server,
                        app(
                                server,
                                flows,
                                "cost-keycloak-otp",
                                flows.keycloakFlow("cost-keycloak-otp", true))));
        cases.add(oathToken(server, portalApp(server, flows, "mfa-oath")));
        cases.add(textMessage(server, portalApp(server, flows, "mfa-sms")));
        cases.add(phoneCall(server, portalApp(server, flows, "mfa-voice")));
        cases.add(mobileApp(server, portalApp(server, flows, "mfa-push"), signInsPerCase));
        return cases;
    }

    private static BenchApp app(
            KeycloakServer server, BenchFlows flows, String clientId, String flowId) {
        flows.client(clientId, flowId);
        return new BenchApp(server.realmUrl(), clientId);
    }

    private static BenchApp portalApp(KeycloakServer server, BenchFlows flows, String method) {
        String alias = "cost-" + method;
        return app(server, flows, alias, flows.portalFlowWithOnly(alias, method));
    }

    private static SignInCase passwordOnly(KeycloakServer server, BenchApp app) {
        return new SignInCase("password only", server, app) {
            @Override
            TestUser newUser() {
                return TestUser.withoutSecondFactor(server);
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                return afterPassword;
            }
        };
    }

    private static SignInCase keycloakOtp(KeycloakServer server, BenchApp app) {
        return new SignInCase("Keycloak OTP form", server, app) {
            @Override
            TestUser newUser() {
                return TestUser.withTotp(server);
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                return afterPassword
                        .form("kc-otp-login-form")
                        .fill("otp", user.currentCode())
                        .submit();
            }
        };
    }

    /** The portal's OATH token form, with a TOTP token (Keycloak's otp credential). */
    private static SignInCase oathToken(KeycloakServer server, BenchApp app) {
        return new SignInCase("OATH token form", server, app) {
            @Override
            TestUser newUser() {
                return TestUser.withTotp(server);
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                return afterPassword
                        .form("kc-otp-login-form")
                        .fill("otp", user.currentCode())
                        .submit();
            }
        };
    }

    private static SignInCase textMessage(KeycloakServer server, BenchApp app) {
        FakeTwilio twilio = server.twilio();
        Map<String, String> numbers = new HashMap<>();
        return new SignInCase("text message", server, app) {
            @Override
            TestUser newUser() {
                String number = TestUser.freshNumber();
                TestUser user = TestUser.withTextMessages(server, number);
                numbers.put(user.username(), number);
                return user;
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                SentText text = twilio.lastTextTo(numbers.remove(user.username()));
                // Twilio posts every change of a text's status (it cannot be asked for fewer):
                // at least "sent", then the carrier's "delivered".
                requireNoContent(twilio.reportDelivery(text, "sent", null));
                requireNoContent(twilio.reportDelivery(text, "delivered", null));
                mark("Twilio's sent, delivered", 2);
                return afterPassword.form("mfa-sms-code-form").fill("code", text.code()).submit();
            }
        };
    }

    /** A call answered, # pressed on the keypad (Twilio's webhooks), the waiting page goes on. */
    private static SignInCase phoneCall(KeycloakServer server, BenchApp app) {
        FakeTwilio twilio = server.twilio();
        Map<String, String> numbers = new HashMap<>();
        return new SignInCase("phone call", server, app) {
            @Override
            TestUser newUser() {
                String number = TestUser.freshNumber();
                TestUser user = TestUser.withPhoneCalls(server, number, null);
                numbers.put(user.username(), number);
                return user;
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                WaitPage waiting = new WaitPage(afterPassword);
                String sid = twilio.lastCallTo(numbers.remove(user.username())).sid();
                // The greeting came with the call: answering asks Keycloak nothing.
                twilio.answer(sid);
                twilio.press(sid, "#");
                mark("keypad and status webhooks", 2);
                waiting.awaitStateAsItsScript(10);
                mark("waiting page's long poll", 0);
                return waiting.page().form(WaitPage.FORM).submit();
            }
        };
    }

    /**
     * The mobile app (the device simulator) approves by picking the shown number. Activating a
     * phone is not what is measured: a few users, activated once, sign in in turn.
     */
    private static SignInCase mobileApp(KeycloakServer server, BenchApp app, int signInsPerCase) {
        List<PushUsers.Enrolled> phones = new ArrayList<>();
        int owners = 1 + signInsPerCase / 40;
        Map<String, SimulatedDevice> devices = new HashMap<>();
        return new SignInCase("mobile app", server, app) {
            private int next;

            @Override
            TestUser newUser() {
                if (phones.size() < owners) {
                    PushUsers.Enrolled enrolled = PushUsers.enrolled(server, new DemoApp(server));
                    phones.add(enrolled);
                    devices.put(enrolled.user().username(), enrolled.device());
                }
                return phones.get(next++ % phones.size()).user();
            }

            @Override
            Page secondStep(Page afterPassword, TestUser user) {
                PushWait waiting = new PushWait(afterPassword);
                Phone.answerTheOnlyRequest(devices.get(user.username()), waiting.number());
                mark("phone's poll and answer", 2);
                waiting.awaitStateAsItsScript(10);
                mark("waiting page's long poll", 0);
                return waiting.submit();
            }
        };
    }

    private static void requireNoContent(int status) {
        if (status != 204) {
            throw new IllegalStateException("A text's status callback got HTTP " + status);
        }
    }
}
