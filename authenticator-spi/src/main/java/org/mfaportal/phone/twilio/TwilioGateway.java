package org.mfaportal.phone.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.WebhookAnswer;
import org.mfaportal.phone.gateway.WebhookEvent;

/**
 * Texts and calls through Twilio's REST API, with the official SDK; webhooks checked with Twilio's
 * signature.
 */
final class TwilioGateway implements PhoneGateway {

    /** Seconds Twilio lets the phone ring before reporting no-answer. */
    private static final int RING_SECONDS = 30;

    private static final String TWIML = "application/xml";

    private final TwilioSettings settings;
    private final URI publicUrl;
    private final TwilioRestClient client;
    private final RequestValidator validator;

    TwilioGateway(TwilioSettings settings, URI publicUrl, TwilioRestClient client) {
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.client = client;
        this.validator =
                settings.authToken() == null ? null : new RequestValidator(settings.authToken());
    }

    @Override
    public String sendText(String toE164, String body, URI statusUrl) {
        requireConfigured();
        var creator =
                settings.messagingServiceSid() != null
                        ? Message.creator(
                                new PhoneNumber(toE164), settings.messagingServiceSid(), body)
                        : Message.creator(
                                new PhoneNumber(toE164),
                                new PhoneNumber(settings.fromNumber()),
                                body);
        try {
            return creator.setStatusCallback(statusUrl).create(client).getSid();
        } catch (ApiException e) {
            throw new GatewayException(
                    "Twilio refused the text (error " + e.getCode() + "): " + e.getMessage(),
                    TwilioRefusals.of(e.getCode()),
                    e);
        } catch (TwilioException e) {
            // Twilio not reached (network, timeout): a failure that may pass, never a refusal.
            throw new GatewayException(
                    "Twilio was not reached for the text: " + e.getMessage(), null, e);
        }
    }

    @Override
    public String placeCall(String toE164, String extension, CallScript greeting, URI statusUrl) {
        requireConfigured();
        try {
            // The TwiML goes with the call (Twilio's Twiml parameter): no webhook asks for it.
            var creator =
                    Call.creator(
                            new PhoneNumber(toE164),
                            new PhoneNumber(settings.fromNumber()),
                            new Twiml(TwimlScripts.inline(greeting)));
            if (extension != null && !extension.isEmpty()) {
                // "w" waits half a second, so the switchboard has answered before the digits are
                // sent.
                creator.setSendDigits("ww" + extension);
            }
            return creator.setStatusCallback(statusUrl)
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .setStatusCallbackEvent(List.of("completed"))
                    .setTimeout(RING_SECONDS)
                    .create(client)
                    .getSid();
        } catch (ApiException e) {
            throw new GatewayException(
                    "Twilio refused the call (error " + e.getCode() + "): " + e.getMessage(),
                    TwilioRefusals.of(e.getCode()),
                    e);
        } catch (TwilioException e) {
            // Twilio not reached (network, timeout): a failure that may pass, never a refusal.
            throw new GatewayException(
                    "Twilio was not reached for the call: " + e.getMessage(), null, e);
        }
    }

    /**
     * Twilio hangs up a queued or ringing call on "canceled" and ignores it for one in progress,
     * which needs "completed"; a call already over keeps its status either way.
     */
    @Override
    public void cancelCall(String callId) {
        requireConfigured();
        try {
            Call call = Call.updater(callId).setStatus(Call.UpdateStatus.CANCELED).update(client);
            if (call.getStatus() == Call.Status.IN_PROGRESS) {
                Call.updater(callId).setStatus(Call.UpdateStatus.COMPLETED).update(client);
            }
        } catch (ApiException e) {
            throw new GatewayException(
                    "Twilio did not end the call (error " + e.getCode() + "): " + e.getMessage(),
                    TwilioRefusals.of(e.getCode()),
                    e);
        } catch (TwilioException e) {
            throw new GatewayException(
                    "Twilio was not reached to end the call: " + e.getMessage(), null, e);
        }
    }

    @Override
    public String signatureHeader() {
        return TwilioWebhooks.SIGNATURE_HEADER;
    }

    @Override
    public WebhookEvent.KeysPressed keysPressed(Map<String, String> fields) {
        return TwilioWebhooks.keysPressed(fields);
    }

    @Override
    public WebhookEvent.CallStatus callStatus(Map<String, String> fields) {
        return TwilioWebhooks.callStatus(fields);
    }

    @Override
    public WebhookEvent.InboundText inboundText(Map<String, String> fields) {
        return TwilioWebhooks.inboundText(fields);
    }

    @Override
    public WebhookEvent.TextDelivery textDelivery(Map<String, String> fields) {
        return TwilioWebhooks.textDelivery(fields);
    }

    @Override
    public WebhookAnswer render(CallScript script) {
        return new WebhookAnswer(TWIML, TwimlScripts.render(script));
    }

    @Override
    public WebhookAnswer acknowledge() {
        return new WebhookAnswer(TWIML, TwimlScripts.EMPTY);
    }

    @Override
    public boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature) {
        return validator != null
                && signature != null
                && !signature.isEmpty()
                && validator.validate(publicUrl, fields, signature);
    }

    @Override
    public URI publicUrl() {
        if (publicUrl == null) {
            throw new GatewayException(
                    "The Twilio gateway is not configured: set " + settings.missing());
        }
        return publicUrl;
    }

    @Override
    public String name() {
        return TwilioGatewayFactory.ID;
    }

    private void requireConfigured() {
        if (client == null) {
            throw new GatewayException(
                    "The Twilio gateway is not configured: set " + settings.missing());
        }
    }
}
