package org.mfaportal.push.device;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.fraud.FraudReports;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.challenge.Challenges;
import org.mfaportal.push.challenge.PushLimits;
import org.mfaportal.push.protocol.DeclineReason;
import org.mfaportal.push.protocol.PiJson;
import org.mfaportal.push.protocol.Signatures;
import org.mfaportal.push.protocol.SignedStrings;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * A device's answer to a challenge: approve, deny, or the number picked. Anything that is not a
 * live challenge of this user, sent to this device and signed by it, is refused with a 4xx and
 * changes nothing; a bad signature or a replay from the user's own device also counts as a failed
 * login. A wrong number closes the challenge as failed (privacyIDEA leaves it open: we do not, so
 * that the numbers cannot be tried one after the other). A denial may say why (app 4.8.0, §9 of the
 * protocol page): "not me" is a fraud report, "cancelled" a plain denial.
 */
final class DeviceAnswers {

    /** Event errors; a denial is flagged suspicious (someone else may hold the password). */
    static final String DENIED_EVENT_ERROR = FraudReports.APP_DENIED;

    /** The user stopped a sign-in they started ("cancelled" on the phone): not suspicious. */
    static final String CANCELLED_EVENT_ERROR = "mfa_push_cancelled";

    static final String WRONG_NUMBER_EVENT_ERROR = "mfa_push_wrong_number";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    DeviceAnswers(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    Response answer(MultivaluedMap<String, String> form) {
        String serial = form.getFirst("serial");
        String nonce = form.getFirst("nonce");
        Challenges challenges = new Challenges(session);
        Optional<Challenge> found = challenges.find(nonce);
        if (found.isEmpty() || found.get().expired()) {
            return PushDeviceResource.error(
                    404, PiJson.ERR_NOT_FOUND, "The challenge is unknown or has expired.");
        }
        Challenge challenge = found.get();
        if (user == null
                || !realm.getId().equals(challenge.realmId())
                || !user.getId().equals(challenge.userId())) {
            return PushDeviceResource.error(
                    404, PiJson.ERR_NOT_FOUND, "The challenge is unknown or has expired.");
        }
        Optional<PushDevice> device =
                PushDevices.bySerial(user, serial)
                        .or(
                                () ->
                                        new Activations(session)
                                                .activated(serial, realm.getId(), user.getId()))
                        .filter(d -> challenge.sentTo(d.serial()));
        if (device.isEmpty()) {
            return PushDeviceResource.error(
                    404, PiJson.ERR_NOT_FOUND, "The requested token could not be found.");
        }
        boolean decline = isTrue(form.getFirst("decline"));
        String picked = form.getFirst("presence_answer");
        // Signed with the denial, so nobody on the way can turn "not me" into "cancelled".
        String reason = decline ? form.getFirst(DeclineReason.FIELD) : null;
        String signed =
                decline
                        ? SignedStrings.decline(nonce, serial, reason)
                        : SignedStrings.answer(nonce, serial, picked);
        if (!Signatures.verify(device.get().deviceKey(), signed, form.getFirst("signature"))) {
            failedLogin();
            return PushDeviceResource.error(
                    400, PiJson.ERR_GENERIC, "ERR10: Could not verify signature!");
        }
        Ticket.State outcome =
                decline
                        ? Ticket.State.DENIED
                        : challenge.numberMatching()
                                ? (challenge.answer().equals(picked)
                                        ? Ticket.State.APPROVED
                                        : Ticket.State.WRONG_ANSWER)
                                : (picked == null || picked.isEmpty()
                                        ? Ticket.State.APPROVED
                                        : Ticket.State.WRONG_ANSWER);
        Tickets tickets = new Tickets(session);
        Optional<Ticket> ticket = tickets.find(challenge.ticketId());
        // Settled once, cluster-wide: a replayed or second answer is refused and changes nothing.
        if (ticket.isEmpty()
                || !tickets.settle(ticket.get(), outcome, Map.of(Ticket.GATEWAY_ID, serial))) {
            failedLogin();
            return PushDeviceResource.error(
                    400, PiJson.ERR_GENERIC, "ERR10: The challenge was already answered.");
        }
        challenges.release(challenge);
        switch (outcome) {
            case DENIED -> denied(serial, DeclineReason.of(reason));
            case WRONG_ANSWER -> {
                failedLogin();
                event(serial).error(WRONG_NUMBER_EVENT_ERROR);
            }
            default -> {
                // The browser's sign-in writes the LOGIN event.
            }
        }
        return PushDeviceResource.ok(PiJson.result(outcome != Ticket.State.WRONG_ANSWER, null));
    }

    /**
     * "Not me" and a denial without a reason (older apps, or a reason this server does not know)
     * are reported as suspicious, the way a call's 0# is; "cancelled" is the user stopping their
     * own sign-in: a plain denial, not counted against the anti-fatigue limit.
     */
    private void denied(String serial, Optional<DeclineReason> reason) {
        if (reason.isPresent() && reason.get() == DeclineReason.CANCELLED) {
            event(serial)
                    .detail(DeclineReason.FIELD, DeclineReason.CANCELLED.wire())
                    .error(CANCELLED_EVENT_ERROR);
            return;
        }
        new PushLimits(session, PortalSettings.of(realm), user).countDenial();
        EventBuilder event = event(serial).detail(FraudReports.SUSPICIOUS, "true");
        reason.ifPresent(r -> event.detail(DeclineReason.FIELD, r.wire()));
        event.error(DENIED_EVENT_ERROR);
        FraudReports.reported(session, realm, user, PushCredential.TYPE);
    }

    private EventBuilder event(String serial) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR)
                .user(user)
                .detail(MethodEvents.METHOD, PushCredential.TYPE)
                .detail(PushCredential.SERIAL_DETAIL, serial);
    }

    private void failedLogin() {
        Lockout.countFailure(session, realm, user);
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
