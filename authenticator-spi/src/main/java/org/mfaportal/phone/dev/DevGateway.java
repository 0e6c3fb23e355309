package org.mfaportal.phone.dev;

import com.twilio.security.RequestValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;

/**
 * Texts and calls that never leave the machine: they land on the realm's virtual phone page, where
 * a person reads, replies, answers and presses keys. Webhooks are signed and checked like Twilio's.
 */
final class DevGateway implements PhoneGateway {

    private static final Logger LOG = Logger.getLogger(DevGateway.class);

    private final KeycloakSession session;
    private final DevSettings settings;
    private final HttpClient http;
    private final RequestValidator validator;

    DevGateway(KeycloakSession session, DevSettings settings, HttpClient http) {
        this.session = session;
        this.settings = settings;
        this.http = http;
        this.validator = new RequestValidator(settings.authToken());
    }

    @Override
    public String sendText(String toE164, String body, URI statusUrl) {
        // The virtual phone always receives: no status to report.
        RealmModel realm = realm();
        String sid = Sids.next(Sids.TEXT);
        long now = Time.currentTimeMillis();
        inbox(realm).update(inbox -> inbox.with(number(toE164), PhoneEvent.textReceived(sid, now, body), now));
        // Never the text itself: it may hold a code.
        LOG.infof("Dev gateway: text %s to %s is on the virtual phone page of realm %s", sid, toE164, realm.getName());
        return sid;
    }

    @Override
    public String placeCall(String toE164, String extension, URI scriptUrl, URI statusUrl) {
        // The virtual phone answers the number itself; it shows the extension a real call would dial.
        RealmModel realm = realm();
        String sid = Sids.next(Sids.CALL);
        long now = Time.currentTimeMillis();
        PhoneCall call = PhoneCall.ringing(scriptUrl.toString(), statusUrl.toString(), extension == null || extension.isEmpty() ? null : extension);
        inbox(realm).update(inbox -> inbox.with(number(toE164), PhoneEvent.call(sid, now, call), now));
        LOG.infof("Dev gateway: call %s to %s rings on the virtual phone page of realm %s", sid, toE164, realm.getName());
        return sid;
    }

    @Override
    public boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature) {
        return signature != null && !signature.isEmpty() && validator.validate(publicUrl, fields, signature);
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
