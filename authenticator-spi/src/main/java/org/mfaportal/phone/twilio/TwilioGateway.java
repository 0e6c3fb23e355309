package org.mfaportal.phone.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;

/** Texts and calls through Twilio's REST API, with the official SDK; webhooks checked with Twilio's signature. */
final class TwilioGateway implements PhoneGateway {

    /** Seconds Twilio lets the phone ring before reporting no-answer. */
    private static final int RING_SECONDS = 30;

    private final TwilioSettings settings;
    private final URI publicUrl;
    private final TwilioRestClient client;
    private final RequestValidator validator;

    TwilioGateway(TwilioSettings settings, URI publicUrl, TwilioRestClient client) {
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.client = client;
        this.validator = settings.authToken() == null ? null : new RequestValidator(settings.authToken());
    }

    @Override
    public String sendText(String toE164, String body, URI statusUrl) {
        requireConfigured();
        var creator = settings.messagingServiceSid() != null
                ? Message.creator(new PhoneNumber(toE164), settings.messagingServiceSid(), body)
                : Message.creator(new PhoneNumber(toE164), new PhoneNumber(settings.fromNumber()), body);
        try {
            return creator.setStatusCallback(statusUrl).create(client).getSid();
        } catch (ApiException e) {
            throw new GatewayException("Twilio refused the text (error " + e.getCode() + "): " + e.getMessage(), e.getCode(), e);
        }
    }

    @Override
    public String placeCall(String toE164, String extension, URI scriptUrl, URI statusUrl) {
        requireConfigured();
        try {
            var creator = Call.creator(new PhoneNumber(toE164), new PhoneNumber(settings.fromNumber()), scriptUrl);
            if (extension != null && !extension.isEmpty()) {
                // "w" waits half a second, so the switchboard has answered before the digits are sent.
                creator.setSendDigits("ww" + extension);
            }
            return creator
                    .setMethod(HttpMethod.POST)
                    .setStatusCallback(statusUrl)
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .setStatusCallbackEvent(List.of("completed"))
                    .setTimeout(RING_SECONDS)
                    .create(client).getSid();
        } catch (ApiException e) {
            throw new GatewayException("Twilio refused the call (error " + e.getCode() + "): " + e.getMessage(), e.getCode(), e);
        }
    }

    @Override
    public boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature) {
        return validator != null && signature != null && !signature.isEmpty()
                && validator.validate(publicUrl, fields, signature);
    }

    @Override
    public URI publicUrl() {
        if (publicUrl == null) {
            throw new GatewayException("The Twilio gateway is not configured: set " + settings.missing());
        }
        return publicUrl;
    }

    @Override
    public String name() {
        return TwilioGatewayFactory.ID;
    }

    private void requireConfigured() {
        if (client == null) {
            throw new GatewayException("The Twilio gateway is not configured: set " + settings.missing());
        }
    }
}
