package org.mfaportal.phone;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.Refusal;
import org.mfaportal.phone.webhook.WebhookPaths;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.SendLimits;

/** Every text and call goes out here: first through the send limits, then the gateway. */
public final class Outbound {

    /** REFUSED: the gateway will never deliver to this number as it stands (a {@link Refusal}). */
    public enum Status {
        SENT,
        LIMITED,
        FAILED,
        REFUSED
    }

    /**
     * What happened, and the gateway's id for the message or call when it went out; for a refusal,
     * the message key that tells the user what is wrong and what to do.
     */
    public record Result(Status status, String gatewayId, String gateway, String refusalKey)
            implements MethodEvents.Sent {

        Result(Status status, String gatewayId, String gateway) {
            this(status, gatewayId, gateway, null);
        }

        /** What the page says when nothing went out. */
        public String problemKey() {
            return switch (status) {
                case SENT -> null;
                case LIMITED -> PhoneMessages.LIMIT_REACHED;
                case REFUSED -> refusalKey;
                case FAILED -> PhoneMessages.SEND_FAILED;
            };
        }
    }

    private static final Logger LOG = Logger.getLogger(Outbound.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalSettings settings;

    public Outbound(KeycloakSession session, RealmModel realm, PortalSettings settings) {
        this.session = session;
        this.realm = realm;
        this.settings = settings;
    }

    /** Sends a text whose delivery report goes to the ticket's status webhook. */
    public Result text(UserModel user, String e164, String body, String ticketId) {
        return send(
                user,
                e164,
                gateway ->
                        gateway.sendText(
                                e164,
                                body,
                                WebhookPaths.forGateway(
                                        gateway, realm, WebhookPaths.TEXT_STATUS, ticketId)));
    }

    /**
     * Places a call whose webhooks carry the ticket id; their URLs start at the gateway's public
     * URL. {@code greeting} makes what the call says from the URL its keys go to.
     */
    public Result call(
            UserModel user,
            String e164,
            String extension,
            String ticketId,
            Function<URI, CallScript> greeting) {
        return send(
                user,
                e164,
                gateway ->
                        gateway.placeCall(
                                e164,
                                extension,
                                greeting.apply(
                                        WebhookPaths.forGateway(
                                                gateway,
                                                realm,
                                                WebhookPaths.CALL_DIGITS,
                                                ticketId)),
                                WebhookPaths.forGateway(
                                        gateway, realm, WebhookPaths.CALL_STATUS, ticketId)));
    }

    private Result send(UserModel user, String e164, Function<PhoneGateway, String> sending) {
        PhoneGateway gateway = session.getProvider(PhoneGateway.class);
        SendLimits.Limit full =
                new SendLimits(session.singleUseObjects())
                        .tryAcquire(
                                new SendLimits.Limit(
                                        "user:" + user.getId(),
                                        settings.number(PortalSetting.SENDS_PER_USER_PER_HOUR),
                                        Duration.ofHours(1)),
                                new SendLimits.Limit(
                                        "number:" + e164,
                                        settings.number(PortalSetting.SENDS_PER_NUMBER_PER_HOUR),
                                        Duration.ofHours(1)),
                                new SendLimits.Limit(
                                        "realm:" + realm.getId(),
                                        settings.number(PortalSetting.SENDS_PER_REALM_PER_MINUTE),
                                        Duration.ofMinutes(1)));
        if (full != null) {
            LOG.warnf(
                    "Realm %s: send to %s for user %s refused, limit %s reached",
                    realm.getName(),
                    PhoneCredentialData.masked(e164),
                    user.getId(),
                    full.scope().replaceAll(":.*", ""));
            return new Result(Status.LIMITED, null, gateway == null ? null : gateway.name());
        }
        if (gateway == null) {
            LOG.errorf("No phone gateway is configured (--spi-mfa-phone-gateway--provider)");
            return new Result(Status.FAILED, null, null);
        }
        try {
            return new Result(Status.SENT, sending.apply(gateway), gateway.name());
        } catch (GatewayException e) {
            LOG.warnf(
                    "Realm %s: %s gateway could not reach %s: %s",
                    realm.getName(),
                    gateway.name(),
                    PhoneCredentialData.masked(e164),
                    e.getMessage());
            String refusal = e.refusal() == null ? null : e.refusal().messageKey();
            return new Result(
                    refusal == null ? Status.FAILED : Status.REFUSED,
                    null,
                    gateway.name(),
                    refusal);
        }
    }
}
