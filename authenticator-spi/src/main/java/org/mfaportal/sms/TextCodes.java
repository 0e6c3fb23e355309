package org.mfaportal.sms;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.Outbound;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.SentCode;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.RealmName;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.TicketPoll;
import org.mfaportal.waiting.Tickets;

/**
 * Texting a code and checking what the user types, for sign-in and for setup alike. A page reload
 * sends nothing new; a resend waits for the cooldown and re-sends the same live code.
 */
final class TextCodes {

    /** NOT_SENT: the gateway or the send limits refused; the result says why. */
    enum Outcome {
        SENT,
        ALREADY_SENT,
        COOLDOWN,
        NOT_SENT
    }

    record Sending(Outcome outcome, long waitSeconds, Outbound.Result result) {

        /** What the page says when nothing went out. */
        String problemKey() {
            return result.problemKey();
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalSettings settings;
    private final AuthenticationSessionModel authSession;
    private final String purpose;

    TextCodes(
            KeycloakSession session,
            PortalSettings settings,
            AuthenticationSessionModel authSession,
            String purpose) {
        this.session = session;
        this.realm = authSession.getRealm();
        this.settings = settings;
        this.authSession = authSession;
        this.purpose = purpose;
    }

    /** On first display: texts a new code unless a live one was already sent to this tab. */
    Sending sendUnlessLive(UserModel user, String e164) {
        SentCode live = SentCode.readFrom(authSession, purpose);
        if (live != null && live.isLive(Time.currentTimeMillis())) {
            return new Sending(Outcome.ALREADY_SENT, 0, null);
        }
        return send(user, e164, newCode());
    }

    /** The user asked again: same code if still live, after the cooldown. */
    Sending resend(UserModel user, String e164) {
        long now = Time.currentTimeMillis();
        SentCode live = SentCode.readFrom(authSession, purpose);
        if (live != null) {
            long wait =
                    live.sentAt() / 1000
                            + settings.number(PortalSetting.RESEND_COOLDOWN_SECONDS)
                            - now / 1000;
            if (wait > 0) {
                return new Sending(Outcome.COOLDOWN, wait, null);
            }
        }
        return send(user, e164, live != null && live.isLive(now) ? live.resentAt(now) : newCode());
    }

    /**
     * Checks a typed code; a wrong one is remembered (the caller reports it to brute-force
     * protection).
     */
    SentCode.Check check(String entered) {
        SentCode live = SentCode.readFrom(authSession, purpose);
        if (live == null) {
            return SentCode.Check.EXPIRED;
        }
        SentCode.Check result = live.check(entered, Time.currentTimeMillis());
        if (result == SentCode.Check.MATCH) {
            SentCode.clear(authSession, purpose);
        } else if (result == SentCode.Check.MISMATCH) {
            live.withWrongAttempt().writeTo(authSession, purpose);
        }
        return result;
    }

    /** The ticket that the latest text's delivery report settles, or null. */
    String deliveryTicket() {
        return authSession.getAuthNote(deliveryNote());
    }

    /** Whether the gateway reported the latest text undelivered: no code will come. */
    boolean undelivered() {
        String id = deliveryTicket();
        return id != null
                && new Tickets(session)
                        .find(id)
                        .filter(t -> t.state() == Ticket.State.UNDELIVERED)
                        .isPresent();
    }

    /**
     * What the code page watches: the latest text's delivery report, unless it already said
     * undelivered.
     */
    String deliveryStateUrl() {
        String id = deliveryTicket();
        return id == null || undelivered()
                ? null
                : TicketPoll.forPage(session, realm, id).toString();
    }

    /** The page's error: an undelivered text comes first, since no code will arrive to type. */
    String errorOnCodePage(String errorKey) {
        return undelivered() ? SmsMessages.NOT_DELIVERED : errorKey;
    }

    private String deliveryNote() {
        return "mfa-portal." + purpose + ".delivery";
    }

    void forget() {
        SentCode.clear(authSession, purpose);
    }

    private SentCode newCode() {
        return SentCode.fresh(
                settings.number(PortalSetting.CODE_LENGTH),
                Time.currentTimeMillis(),
                1000L * settings.number(PortalSetting.CODE_LIFETIME_SECONDS));
    }

    private Sending send(UserModel user, String e164, SentCode code) {
        Locale locale = session.getContext().resolveLocale(user);
        long minutes = Math.max(1, (code.expiresAt() - Time.currentTimeMillis() + 59_999) / 60_000);
        String body =
                PhoneMessages.format(
                        session,
                        locale,
                        SmsMessages.TEXT_CODE,
                        code.code(),
                        RealmName.of(realm),
                        minutes);
        Duration lifetime =
                Duration.ofMillis(Math.max(1000, code.expiresAt() - Time.currentTimeMillis()));
        PendingVerification.Sent sent =
                PendingVerification.send(
                        session,
                        Map.of(
                                Ticket.REALM,
                                realm.getId(),
                                Ticket.USER,
                                user.getId(),
                                Ticket.METHOD,
                                SmsCredential.TYPE),
                        lifetime,
                        delivery ->
                                new Outbound(session, realm, settings)
                                        .text(user, e164, body, delivery));
        if (!sent.wentOut()) {
            return new Sending(Outcome.NOT_SENT, 0, sent.result());
        }
        authSession.setAuthNote(deliveryNote(), sent.ticket().id());
        code.writeTo(authSession, purpose);
        return new Sending(Outcome.SENT, 0, sent.result());
    }
}
