package org.mfaportal.it.kit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.RestException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's REST side answers what the SDK sends, and the SDK's own parsers read the answers. */
class FakeTwilioRestTest {

    private static final ObjectMapper SDK_JSON = new ObjectMapper();
    private static final String USER = "+15005550100";

    private final TwilioAccount account = TwilioAccount.random();
    private final FakeTwilio fake =
            FakeTwilio.start(account, URI.create("http://127.0.0.1:9/inbound"));
    private final RestCalls sdk =
            new RestCalls(fake.apiBaseUrl(), account.accountSid(), account.authToken());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aTextIsCreatedQueuedAndRecorded() {
        RestCalls.Reply reply =
                sdk.createMessage(
                        form("To", USER, "From", account.number(), "Body", "Your code is 482913"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        Message message = Message.fromJson(reply.body(), SDK_JSON);
        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getAccountSid()).isEqualTo(account.accountSid());
        assertThat(message.getTo()).isEqualTo(USER);
        assertThat(message.getFrom()).hasToString(account.number());
        assertThat(message.getBody()).isEqualTo("Your code is 482913");
        assertThat(message.getDateCreated()).isNotNull();
        assertThat(message.getUri())
                .isEqualTo(
                        "/2010-04-01/Accounts/"
                                + account.accountSid()
                                + "/Messages/"
                                + message.getSid()
                                + ".json");

        SentText sent = fake.lastTextTo(USER);
        assertThat(sent.sid()).isEqualTo(message.getSid());
        assertThat(sent.code()).isEqualTo("482913");
    }

    @Test
    void aTextThroughAMessagingServiceIsAcceptedWithoutASender() {
        RestCalls.Reply reply =
                sdk.createMessage(
                        form(
                                "MessagingServiceSid",
                                "MG0123456789abcdef0123456789abcdef",
                                "To",
                                USER,
                                "Body",
                                "hi"));

        Message message = Message.fromJson(reply.body(), SDK_JSON);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(message.getStatus()).isEqualTo(Message.Status.ACCEPTED);
        assertThat(message.getFrom()).isNull();
        assertThat(message.getMessagingServiceSid())
                .isEqualTo("MG0123456789abcdef0123456789abcdef");
        assertThat(fake.lastTextTo(USER).messagingServiceSid())
                .isEqualTo("MG0123456789abcdef0123456789abcdef");
    }

    /** TwiML sent with the call, as TwilioGateway renders a greeting. */
    private static final String GREETING =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather action=\"http://127.0.0.1:8080/"
                    + "realms/r/mfa-portal/phone/calls/t/digits\" finishOnKey=\"#\" method=\"POST\">"
                    + "<Say>Press the pound key.</Say></Gather><Hangup/></Response>";

    @Test
    void aCallIsCreatedQueuedAndRecordedWithItsWebhooks() {
        // Field order and values as TwilioGateway.placeCall makes the SDK send them.
        RestCalls.Reply reply =
                sdk.createCall(
                        form(
                                "StatusCallbackMethod",
                                "POST",
                                "Timeout",
                                "30",
                                "StatusCallback",
                                "http://127.0.0.1:8080/realms/r/mfa-portal/phone/calls/t/status",
                                "To",
                                USER,
                                "From",
                                account.number(),
                                "Twiml",
                                GREETING,
                                "StatusCallbackEvent",
                                "completed"));

        assertThat(reply.status()).isEqualTo(201);
        Call call = Call.fromJson(reply.body(), SDK_JSON);
        assertThat(call.getSid()).matches("CA[0-9a-f]{32}");
        assertThat(call.getStatus()).isEqualTo(Call.Status.QUEUED);
        assertThat(call.getTo()).isEqualTo(USER);
        assertThat(call.getDateCreated()).isNotNull();

        PlacedCall placed = fake.lastCallTo(USER);
        assertThat(placed.sid()).isEqualTo(call.getSid());
        assertThat(placed.from()).isEqualTo(account.number());
        assertThat(placed.twiml()).isEqualTo(GREETING);
        assertThat(placed.url()).isNull();
        assertThat(placed.statusCallback())
                .hasToString("http://127.0.0.1:8080/realms/r/mfa-portal/phone/calls/t/status");
        assertThat(placed.statusCallbackEvents()).containsExactly("completed");
        assertThat(placed.timeoutSeconds()).isEqualTo(30);
    }

    @Test
    void wrongCredentialsGetTwiliosAuthenticationError() {
        RestCalls forger =
                new RestCalls(
                        fake.apiBaseUrl(),
                        account.accountSid(),
                        TwilioAccount.random().authToken());

        RestCalls.Reply reply =
                forger.createMessage(form("To", USER, "From", account.number(), "Body", "x"));

        assertThat(reply.status()).isEqualTo(401);
        RestException error = RestException.fromJson(stream(reply.body()), SDK_JSON);
        assertThat(error.getCode()).isEqualTo(20003);
        assertThat(error.getStatus()).isEqualTo(401);
        assertThat(fake.texts()).isEmpty();
    }

    @Test
    void anUnreachableNumberGetsItsTwilioErrorAndNothingIsSent() {
        fake.refuse("+15005550001", 21614, "'To' number is not a valid mobile number");

        RestCalls.Reply text =
                sdk.createMessage(
                        form("To", "+15005550001", "From", account.number(), "Body", "x"));
        RestCalls.Reply call =
                sdk.createCall(
                        form(
                                "To",
                                "+15005550001",
                                "From",
                                account.number(),
                                "Url",
                                "http://127.0.0.1:9/s"));

        assertThat(List.of(text.status(), call.status())).containsOnly(400);
        RestException error = RestException.fromJson(stream(text.body()), SDK_JSON);
        assertThat(error.getCode()).isEqualTo(21614);
        assertThat(error.getMessage()).isEqualTo("'To' number is not a valid mobile number");
        assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21614");
        assertThat(fake.texts()).isEmpty();
        assertThat(fake.calls()).isEmpty();

        fake.accept("+15005550001");
        assertThat(
                        sdk.createMessage(
                                        form(
                                                "To",
                                                "+15005550001",
                                                "From",
                                                account.number(),
                                                "Body",
                                                "x"))
                                .status())
                .isEqualTo(201);
    }

    @Test
    void aTextWithoutSenderOrBodyIsRefusedAsTwilioWould() {
        assertThat(code(sdk.createMessage(form("To", USER, "Body", "x")))).isEqualTo(21603);
        assertThat(code(sdk.createMessage(form("To", USER, "From", account.number()))))
                .isEqualTo(21602);
        assertThat(code(sdk.post("Recordings.json", form("To", USER)))).isEqualTo(20404);
    }

    @Test
    void waitingForATextEndsWhenItArrivesOrFailsAfterTheBoundedWait() {
        CompletableFuture<SentText> waiting =
                CompletableFuture.supplyAsync(() -> fake.awaitTextTo(USER, FakeTwilio.PATIENCE));
        sdk.createMessage(form("To", USER, "From", account.number(), "Body", "Code 1234"));

        assertThat(waiting.join().body()).isEqualTo("Code 1234");
        assertThatThrownBy(() -> fake.awaitTextTo("+15005550199", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No text to +15005550199");
        assertThatThrownBy(() -> fake.lastCallTo(USER)).isInstanceOf(AssertionError.class);
    }

    private static int code(RestCalls.Reply reply) {
        return RestException.fromJson(stream(reply.body()), SDK_JSON).getCode();
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
