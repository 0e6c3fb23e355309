package org.mfaportal.push.device;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.protocol.PiJson;
import org.mfaportal.push.protocol.RsaKeys;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Step 2 of the app's rollout: it sends its public key with the activation code, and gets the
 * server's public key (PKCS#1) back. The activation page, waiting on the offer's ticket, moves on.
 */
final class Rollout {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    Rollout(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    Response step2(MultivaluedMap<String, String> form) {
        String serial = form.getFirst("serial");
        Activations activations = new Activations(session);
        Optional<Activations.Offer> offer =
                activations
                        .findOffer(serial)
                        .filter(
                                o ->
                                        user != null
                                                && realm.getId().equals(o.realmId())
                                                && user.getId().equals(o.userId()));
        if (offer.isEmpty()) {
            return notInRollout();
        }
        RSAPublicKey deviceKey;
        try {
            deviceKey = RsaKeys.parseDeviceKey(form.getFirst("pubkey"));
        } catch (IllegalArgumentException e) {
            return PushDeviceResource.error(
                    400,
                    PiJson.ERR_PARAMETER,
                    "ERR905: The public key is not an RSA SubjectPublicKeyInfo.");
        }
        Activations.Claimed claimed =
                activations.claim(
                        offer.get(),
                        form.getFirst("enrollment_credential"),
                        deviceKey,
                        // The URL this app reached us at: what a pushed challenge names later.
                        DeviceUrls.of(session, realm, user),
                        PushDevice.firebaseTokenOf(form.getFirst("fbtoken")));
        return switch (claimed.claim()) {
            case ACTIVATED -> activated(offer.get(), claimed.serverKey());
            case WRONG_CODE ->
                    PushDeviceResource.error(
                            400,
                            PiJson.ERR_PARAMETER,
                            "ERR905: Invalid enrollment credential. You are not authorized to finalize this token.");
            case EXPIRED ->
                    PushDeviceResource.error(
                            400, PiJson.ERR_PARAMETER, "ERR905: The activation code has expired.");
            case ALREADY_USED -> notInRollout();
        };
    }

    private Response activated(Activations.Offer offer, RSAPublicKey serverKey) {
        Tickets tickets = new Tickets(session);
        tickets.find(offer.ticketId())
                .ifPresent(ticket -> tickets.settle(ticket, Ticket.State.APPROVED));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("serial", offer.serial());
        detail.put("rollout_state", "enrolled");
        detail.put("public_key", RsaKeys.pkcs1Lines(serverKey));
        detail.put("threadid", 1);
        return PushDeviceResource.ok(PiJson.result(true, detail));
    }

    private static Response notInRollout() {
        return PushDeviceResource.error(
                404,
                PiJson.ERR_NOT_FOUND,
                "No token with this serial number in the rollout state 'clientwait'.");
    }
}
