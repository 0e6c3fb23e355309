package org.mfaportal.push.challenge;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.push.notify.PushNotifier;
import org.mfaportal.push.notify.RealmNotifier;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.RealmName;
import org.mfaportal.text.ThemeMessages;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Sends a push to some of a user's devices: within the anti-fatigue limits, with number matching
 * where on.
 */
public final class PushRequests {

    /** Why no push went out; a message on the page, not an error. */
    public enum Refusal {
        TOO_MANY_OPEN,
        TOO_MANY_DENIALS
    }

    /** Either a challenge or a refusal. */
    public record Sent(Challenge challenge, Refusal refusal) {}

    /**
     * The browser's ticket outlives the challenge a little, so a late answer still finds it settled
     * or expired.
     */
    private static final Logger LOG = Logger.getLogger(PushRequests.class);

    private static final Duration TICKET_GRACE = Duration.ofMinutes(1);

    private PushRequests() {}

    public static Sent send(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            List<PushDevice> devices,
            Locale locale) {
        return send(session, realm, user, devices, locale, null);
    }

    /**
     * As above, remembering which browser asked ({@link BrowserRef}), so that a new sign-in there
     * may close it.
     */
    public static Sent send(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            List<PushDevice> devices,
            Locale locale,
            String browser) {
        PortalSettings settings = PortalSettings.of(realm);
        if (new PushLimits(session, settings, user).tooManyDenials()) {
            return new Sent(null, Refusal.TOO_MANY_DENIALS);
        }
        Duration lifetime =
                Duration.ofSeconds(settings.number(PortalSetting.PUSH_CHALLENGE_SECONDS));
        Challenges challenges = new Challenges(session);
        int slot =
                challenges.claimSlot(
                        realm.getId(),
                        user.getId(),
                        settings.number(PortalSetting.PUSH_OPEN_PER_USER),
                        lifetime.plus(TICKET_GRACE));
        if (slot < 0) {
            return new Sent(null, Refusal.TOO_MANY_OPEN);
        }
        Ticket ticket =
                new Tickets(session)
                        .open(
                                Tickets.newId(),
                                Map.of(
                                        Ticket.REALM,
                                        realm.getId(),
                                        Ticket.USER,
                                        user.getId(),
                                        Ticket.METHOD,
                                        PushCredential.TYPE,
                                        Ticket.EXPIRES_AT,
                                        Long.toString(Time.currentTime() + lifetime.toSeconds())),
                                lifetime.plus(TICKET_GRACE));
        NumberMatching numbers =
                settings.flag(PortalSetting.PUSH_NUMBER_MATCHING) ? NumberMatching.draw() : null;
        String realmName = RealmName.of(realm);
        Challenge challenge =
                new Challenge(
                        Challenges.newNonce(),
                        realm.getId(),
                        user.getId(),
                        ticket.id(),
                        devices.stream().map(PushDevice::serial).toList(),
                        ThemeMessages.format(session, locale, PushMessages.QUESTION, realmName),
                        realmName,
                        numbers == null ? List.of() : numbers.options(),
                        numbers == null ? null : numbers.answer(),
                        Time.currentTimeMillis() + lifetime.toMillis(),
                        slot,
                        browser);
        challenges.open(challenge, lifetime.plus(TICKET_GRACE));
        PushNotifier notifier = RealmNotifier.of(session, realm);
        devices.forEach(device -> wake(notifier, realm, user, device, challenge));
        return new Sent(challenge, null);
    }

    /** A notifier that fails (a vault, a provider of someone else's) never fails the sign-in. */
    private static void wake(
            PushNotifier notifier,
            RealmModel realm,
            UserModel user,
            PushDevice device,
            Challenge challenge) {
        try {
            notifier.notify(realm, user, device, challenge);
        } catch (RuntimeException failed) {
            LOG.warnf(
                    "The push notifier failed for device %s in realm %s; the app still polls: %s",
                    device.serial(), realm.getName(), failed.toString());
        }
    }
}
