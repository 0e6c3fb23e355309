package org.mfaportal.phone.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.WebhookAnswer;
import org.mfaportal.phone.gateway.WebhookEvent;

/**
 * Texts and calls that never leave the machine: they land on the realm's virtual phone page, where
 * a person reads, replies, answers and presses keys. Its webhooks are its own ({@link DevFields},
 * {@link DevScript}), signed and checked like a real gateway's ({@link WebhookSignature}).
 */
final class DevGateway implements PhoneGateway {

    private static final Logger LOG = Logger.getLogger(DevGateway.class);

    private final KeycloakSession session;
    private final DevSettings settings;
    private final HttpClient http;

    DevGateway(KeycloakSession session, DevSettings settings, HttpClient http) {
        this.session = session;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String sendText(String toE164, String body, URI statusUrl) {
        // The virtual phone always receives: no status to report.
        RealmModel realm = realm();
        String sid = Sids.next(Sids.TEXT);
        long now = Time.currentTimeMillis();
        inbox(realm)
                .update(
                        inbox ->
                                inbox.with(
                                        number(toE164),
                                        PhoneEvent.textReceived(sid, now, body),
                                        now));
        // Never the text itself: it may hold a code.
        LOG.infof(
                "Dev gateway: text %s to %s is on the virtual phone page of realm %s",
                sid, toE164, realm.getName());
        return sid;
    }

    @Override
    public String placeCall(String toE164, String extension, CallScript greeting, URI statusUrl) {
        // The virtual phone answers the number itself; it shows the extension a real call would
        // dial.
        RealmModel realm = realm();
        String sid = Sids.next(Sids.CALL);
        long now = Time.currentTimeMillis();
        PhoneCall call =
                PhoneCall.ringing(
                        DevScript.of(greeting),
                        statusUrl.toString(),
                        extension == null || extension.isEmpty() ? null : extension);
        inbox(realm)
                .update(inbox -> inbox.with(number(toE164), PhoneEvent.call(sid, now, call), now));
        LOG.infof(
                "Dev gateway: call %s to %s rings on the virtual phone page of realm %s",
                sid, toE164, realm.getName());
        return sid;
    }

    /**
     * Ends the call on the virtual phone, so it no longer rings there; a call already over is left
     * alone.
     */
    @Override
    public void cancelCall(String callId) {
        RealmModel realm = realm();
        inbox(realm).update(inbox -> inbox.withCall(callId, PhoneCall::canceled));
        LOG.infof("Dev gateway: call %s was cancelled", callId);
    }

    @Override
    public String signatureHeader() {
        return WebhookSignature.HEADER;
    }

    @Override
    public boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature) {
        return WebhookSignature.verify(settings.authToken(), publicUrl, fields, signature);
    }

    @Override
    public WebhookEvent.KeysPressed keysPressed(Map<String, String> fields) {
        return DevFields.keysPressed(fields);
    }

    @Override
    public WebhookEvent.CallStatus callStatus(Map<String, String> fields) {
        return DevFields.callStatus(fields);
    }

    @Override
    public WebhookEvent.InboundText inboundText(Map<String, String> fields) {
        return DevFields.inboundText(fields);
    }

    @Override
    public WebhookEvent.TextDelivery textDelivery(Map<String, String> fields) {
        return DevFields.textDelivery(fields);
    }

    @Override
    public WebhookAnswer render(CallScript script) {
        return new WebhookAnswer(DevScript.MEDIA_TYPE, DevScript.render(script));
    }

    @Override
    public WebhookAnswer acknowledge() {
        return new WebhookAnswer(DevScript.MEDIA_TYPE, "{}");
    }

    @Override
    public URI publicUrl() {
        return settings.publicUrl();
    }

    @Override
    public String name() {
        return DevGatewayFactory.ID;
    }

    DevSettings settings() {
        return settings;
    }

    InboxStore inbox(RealmModel realm) {
        return new InboxStore(session, realm.getId());
    }

    WebhookPoster poster(String allowedPrefix) {
        return new WebhookPoster(http, settings.authToken(), allowedPrefix);
    }

    private RealmModel realm() {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null) {
            throw new GatewayException("The dev gateway needs a realm in the session's context");
        }
        return realm;
    }

    private static String number(String e164) {
        if (e164 == null || e164.isBlank()) {
            throw new GatewayException("No number to send to");
        }
        return e164.trim();
    }
}
