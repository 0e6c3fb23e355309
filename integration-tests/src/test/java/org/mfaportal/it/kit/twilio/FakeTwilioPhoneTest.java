package org.mfaportal.it.kit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's phone side posts the webhooks Twilio would post, signed so that the SDK's validator
 * accepts them.
 */
class FakeTwilioPhoneTest {

    private static final String USER = "+15005550100";

    private final TwilioAccount account = TwilioAccount.random();
    private final StandInKeycloak keycloak = new StandInKeycloak(account.authToken());
    private final FakeTwilio fake =
            FakeTwilio.start(account, keycloak.url("/realms/r/mfa-portal/phone/texts/inbound"));
    private final RestCalls sdk =
            new RestCalls(fake.apiBaseUrl(), account.accountSid(), account.authToken());

    @AfterEach
    void stop() {
        fake.close();
        keycloak.close();
    }

    @Test
    void answeringACallPlacedWithItsTwimlPlaysItAndAsksNobody() {
        String sid = placeCallWithTwiml();

        CallScript script = fake.answer(sid);

        assertThat(keycloak.received()).isEmpty();
        assertThat(script.said())
                .containsExactly(new CallScript.Spoken("Press the pound key.", "en-US"));
        assertThat(script.gather().action()).isEqualTo(keycloak.url("/calls/t/digits").toString());
    }

    @Test
    void theKeysOfACallPlacedWithItsTwimlGoToItsGatherThenTheCallIsReportedCompleted() {
        String sid = placeCallWithTwiml();
        fake.answer(sid);

        CallScript after = fake.press(sid, "#");

        assertThat(after.text()).isEqualTo("You are signed in.");
        assertThat(keycloak.received())
                .extracting(StandInKeycloak.Received::path)
                .containsExactly("/calls/t/digits", "/calls/t/status");
        assertThat(keycloak.received().get(0).fields())
                .containsEntry("Digits", "")
                .containsEntry("FinishedOnKey", "#")
                .containsEntry("CallSid", sid);
    }

    @Test
    void answeringACallPlacedWithAUrlPostsTheCallInProgressAndReadsTheScript() {
        String sid = placeCall();

        CallScript script = fake.answer(sid);

        StandInKeycloak.Received answered = keycloak.last();
        assertThat(answered.path()).isEqualTo("/calls/t/script");
        assertThat(answered.fields())
                .containsEntry("CallSid", sid)
                .containsEntry("AccountSid", account.accountSid())
                .containsEntry("From", account.number())
                .containsEntry("To", USER)
                .containsEntry("CallStatus", "in-progress")
                .containsEntry("Direction", "outbound-api");
        assertThat(script.said())
                .containsExactly(
                        new CallScript.Spoken("Press the pound key.", "en-US"),
                        new CallScript.Spoken("Goodbye.", "en-US"));
        assertThat(script.gather().action()).isEqualTo("digits");
    }

    @Test
    void pressingSendsTheKeysBeforeThePoundKeyToTheGatherThenReportsTheCallCompleted() {
        String sid = placeCall();
        fake.answer(sid);

        CallScript after = fake.press(sid, "1234#");

        assertThat(after.text()).isEqualTo("You are signed in.");
        var received = keycloak.received();
        assertThat(received)
                .extracting(StandInKeycloak.Received::path)
                .containsExactly("/calls/t/script", "/calls/t/digits", "/calls/t/status");
        assertThat(received.get(1).fields())
                .containsEntry("Digits", "1234")
                .containsEntry("FinishedOnKey", "#")
                .containsEntry("CallSid", sid);
        assertThat(received.get(2).fields())
                .containsEntry("CallStatus", "completed")
                .containsEntry("CallSid", sid);
        assertThatThrownBy(() -> fake.press(sid, "#"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("already ended");
    }

    @Test
    void aCallThatRingsOutOrIsBusyReportsOnlyItsStatus() {
        String ringing = placeCall();
        String busy = placeCall();

        assertThat(fake.ringOut(ringing)).isEqualTo(204);
        assertThat(keycloak.last().fields())
                .containsEntry("CallStatus", "no-answer")
                .containsEntry("CallSid", ringing);
        assertThat(fake.busy(busy)).isEqualTo(204);
        assertThat(keycloak.last().fields())
                .containsEntry("CallStatus", "busy")
                .containsEntry("CallSid", busy);
        assertThat(keycloak.received())
                .extracting(StandInKeycloak.Received::path)
                .containsOnly("/calls/t/status");
    }

    @Test
    void hangingUpAfterAnsweringReportsCompletedWithoutDigits() {
        String sid = placeCall();
        assertThatThrownBy(() -> fake.hangUpAfterAnswer(sid)).isInstanceOf(AssertionError.class);
        fake.answer(sid);

        assertThat(fake.hangUpAfterAnswer(sid)).isEqualTo(204);
        assertThat(keycloak.last().fields())
                .containsEntry("CallStatus", "completed")
                .doesNotContainKey("Digits");
    }

    @Test
    void aTextReplyIsPostedFromTheUserToTheAccountsNumber() {
        int status = fake.replyText(USER, "482913 1234");

        assertThat(status).isEqualTo(200);
        Map<String, String> fields = keycloak.last().fields();
        assertThat(keycloak.last().path()).isEqualTo("/realms/r/mfa-portal/phone/texts/inbound");
        assertThat(fields)
                .containsEntry("From", USER)
                .containsEntry("To", account.number())
                .containsEntry("Body", "482913 1234")
                .containsEntry("AccountSid", account.accountSid());
        assertThat(fields.get("MessageSid")).matches("SM[0-9a-f]{32}");
    }

    @Test
    void forgeriesAreRefusedAndAReplayIsTheSameRequestByteForByte() {
        var inbound = keycloak.url("/realms/r/mfa-portal/phone/texts/inbound");
        Map<String, String> text = fake.inboundText(USER, "482913");

        assertThat(fake.webhooks().postUnsigned(inbound, text).status()).isEqualTo(403);
        assertThat(keycloak.last().signature()).isNull();
        assertThat(fake.webhooks().postWronglySigned(inbound, text).status()).isEqualTo(403);
        assertThat(fake.webhooks().postSigned(inbound, text).requireStatus(200).twiml().said())
                .isEmpty();
        StandInKeycloak.Received original = keycloak.last();
        assertThat(fake.webhooks().replayLast().status())
                .isEqualTo(200); // the stand-in has no replay memory
        assertThat(keycloak.last()).isEqualTo(original);
    }

    /**
     * As TwilioGateway places a call: the greeting's TwiML with it, the keys to an absolute URL.
     */
    private String placeCallWithTwiml() {
        RestCalls.Reply reply =
                sdk.createCall(
                        Map.of(
                                "To",
                                USER,
                                "From",
                                account.number(),
                                "Twiml",
                                "<Response><Gather action=\""
                                        + keycloak.url("/calls/t/digits")
                                        + "\" method=\"POST\" finishOnKey=\"#\">"
                                        + "<Say language=\"en-US\">Press the pound key.</Say>"
                                        + "</Gather><Hangup/></Response>",
                                "StatusCallback",
                                keycloak.url("/calls/t/status").toString(),
                                "StatusCallbackMethod",
                                "POST"));
        assertThat(reply.status()).isEqualTo(201);
        return fake.lastCallTo(USER).sid();
    }

    private String placeCall() {
        RestCalls.Reply reply =
                sdk.createCall(
                        Map.of(
                                "To",
                                USER,
                                "From",
                                account.number(),
                                "Method",
                                "POST",
                                "Url",
                                keycloak.url("/calls/t/script").toString(),
                                "StatusCallback",
                                keycloak.url("/calls/t/status").toString(),
                                "StatusCallbackMethod",
                                "POST"));
        assertThat(reply.status()).isEqualTo(201);
        return fake.lastCallTo(USER).sid();
    }
}
