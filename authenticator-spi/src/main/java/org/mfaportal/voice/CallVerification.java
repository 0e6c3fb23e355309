package org.mfaportal.voice;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.Outbound;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.RealmName;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;

/** Places a verification call: a ticket that the call's webhooks settle, then the gateway dials. */
final class CallVerification {

    /** Ringing, listening and typing fit well within this; a late webhook then finds no ticket. */
    static final Duration LIFETIME = Duration.ofMinutes(3);

    /** What becomes of a call this sign-in or setup still has ringing when a new one is placed. */
    enum EarlierCall {
        /**
         * Ended before the new call is tried: a setup may call another number, whose call must not
         * confirm the setup of the new one.
         */
        ENDED_FIRST,
        /**
         * Ended only once the new call is placed: at sign-in both numbers are the user's own, so a
         * new call that is refused (a send limit, the gateway) leaves the ringing one to confirm.
         */
        ENDED_ONCE_PLACED
    }

    private CallVerification() {}

    static PendingVerification.Sent start(
            KeycloakSession session,
            RealmModel realm,
            PortalSettings settings,
            UserModel user,
            String e164,
            String extension,
            boolean pinRequired,
            Map<String, String> extraNotes,
            EarlierCall earlier) {
        Map<String, String> notes = new HashMap<>(extraNotes);
        notes.put(Ticket.REALM, realm.getId());
        notes.put(Ticket.USER, user.getId());
        notes.put(Ticket.PHONE, e164);
        notes.put(Ticket.PIN_REQUIRED, Boolean.toString(pinRequired));
        Locale locale = session.getContext().resolveLocale(user);
        notes.put(Ticket.LOCALE, locale.toLanguageTag());
        notes.put(Ticket.METHOD, VoiceCredential.TYPE);
        // A new call (resend, backup phone) ends the one before, so only the newest can confirm:
        // before it is tried, or once it is placed (see EarlierCall).
        AuthenticationSessionModel auth = session.getContext().getAuthenticationSession();
        if (earlier == EarlierCall.ENDED_FIRST) {
            LeftOpen.close(session, auth);
        }
        // What the call says goes with it (no webhook asks for it when it is answered).
        VoiceScript script =
                new VoiceScript(session, locale, Boolean.parseBoolean(notes.get(Ticket.SETUP)));
        String realmName = RealmName.of(realm);
        PendingVerification.Sent sent =
                PendingVerification.send(
                        session,
                        notes,
                        LIFETIME,
                        id ->
                                new Outbound(session, realm, settings)
                                        .call(
                                                user,
                                                e164,
                                                extension,
                                                id,
                                                keysUrl ->
                                                        script.greeting(
                                                                pinRequired, realmName, keysUrl)));
        if (sent.wentOut() && auth != null) {
            LeftOpen.close(session, auth);
            LeftOpen.remember(auth, sent.ticket().id(), sent.result().gatewayId());
        }
        return sent;
    }
}
