package org.mfaportal.phone;

import java.net.URI;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/** Every text and call goes out here: first through the send limits, then the gateway. */
public final class Outbound {

    public enum Status { SENT, LIMITED, FAILED }

    /** What happened, and the gateway's id for the message or call when it went out. */
    public record Result(Status status, String gatewayId, String gateway) {
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

    public Result text(UserModel user, String e164, String body) {
        return send(user, e164, gateway -> gateway.sendText(e164, body));
    }

    public Result call(UserModel user, String e164, String extension, URI scriptUrl, URI statusUrl) {
        return send(user, e164, gateway -> gateway.placeCall(e164, extension, scriptUrl, statusUrl));
    }

    private Result send(UserModel user, String e164, java.util.function.Function<PhoneGateway, String> sending) {
        PhoneGateway gateway = session.getProvider(PhoneGateway.class);
        SendLimits.Limit full = new SendLimits(session.singleUseObjects()).tryAcquire(
                new SendLimits.Limit("user:" + user.getId(), settings.number(PortalSetting.SENDS_PER_USER_PER_HOUR), Duration.ofHours(1)),
                new SendLimits.Limit("number:" + e164, settings.number(PortalSetting.SENDS_PER_NUMBER_PER_HOUR), Duration.ofHours(1)),
                new SendLimits.Limit("realm:" + realm.getId(), settings.number(PortalSetting.SENDS_PER_REALM_PER_MINUTE), Duration.ofMinutes(1)));
        if (full != null) {
            LOG.warnf("Realm %s: send to %s for user %s refused, limit %s reached", realm.getName(),
                    PhoneCredentialData.masked(e164), user.getId(), full.scope().replaceAll(":.*", ""));
            return new Result(Status.LIMITED, null, gateway == null ? null : gateway.name());
        }
        if (gateway == null) {
            LOG.errorf("No phone gateway is configured (--spi-mfa-phone-gateway--provider)");
            return new Result(Status.FAILED, null, null);
        }
        try {
            return new Result(Status.SENT, sending.apply(gateway), gateway.name());
        } catch (GatewayException e) {
            LOG.warnf("Realm %s: %s gateway could not reach %s: %s", realm.getName(), gateway.name(),
                    PhoneCredentialData.masked(e164), e.getMessage());
            return new Result(Status.FAILED, null, gateway.name());
        }
    }
}
