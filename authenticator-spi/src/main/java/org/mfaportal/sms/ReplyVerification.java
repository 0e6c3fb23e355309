package org.mfaportal.sms;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.phone.Outbound;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.SentCode;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.RealmName;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Two-way texts: a ticket waits for the user's reply from this number; the text tells them what to
 * reply.
 */
public final class ReplyVerification {

    private ReplyVerification() {}

    /** Opens the ticket and sends the text; the ticket is null unless the text went out. */
    public static PendingVerification.Sent start(
            KeycloakSession session,
            RealmModel realm,
            PortalSettings settings,
            UserModel user,
            String e164,
            boolean pinRequired,
            Map<String, String> extraNotes,
            String textKey,
            String textKeyWithPin) {
        long now = org.keycloak.common.util.Time.currentTimeMillis();
        Duration lifetime =
                Duration.ofSeconds(settings.number(PortalSetting.CODE_LIFETIME_SECONDS));
        SentCode code =
                SentCode.fresh(
                        settings.number(PortalSetting.CODE_LENGTH), now, lifetime.toMillis());
        Locale locale = session.getContext().resolveLocale(user);
        Map<String, String> notes = new HashMap<>(extraNotes);
        notes.put(Ticket.REALM, realm.getId());
        notes.put(Ticket.METHOD, SmsCredential.TYPE);
        notes.put(Ticket.USER, user.getId());
        notes.put(Ticket.PHONE, e164);
        notes.put(Ticket.CODE, code.code());
        notes.put(Ticket.PIN_REQUIRED, Boolean.toString(pinRequired));
        notes.put(Ticket.LOCALE, locale.toLanguageTag());
        String name = RealmName.of(realm);
        String body =
                PhoneMessages.format(
                        session, locale, pinRequired ? textKeyWithPin : textKey, code.code(), name);
        PendingVerification.Sent sent =
                PendingVerification.send(
                        session,
                        notes,
                        lifetime,
                        id -> new Outbound(session, realm, settings).text(user, e164, body, id));
        if (sent.wentOut()) {
            // The reply comes from this number, with no ticket id: it finds the ticket by the
            // number.
            new Tickets(session).index(TextReplies.indexKey(realm, e164), sent.ticket(), lifetime);
        }
        return sent;
    }
}
