package org.mfaportal.push;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalMethodAuthenticator;
import org.mfaportal.push.base.BrowserRef;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.push.challenge.PushOutcomes;
import org.mfaportal.push.challenge.PushRequests;
import org.mfaportal.push.challenge.PushWaitPage;
import org.mfaportal.push.device.PushDevices;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;

/**
 * Second step by the mobile app: a push goes to all of the user's devices, the page shows the
 * number to pick and moves on as soon as a device answers. A reload shows the same open request
 * rather than sending another one (push fatigue).
 */
final class PushAuthenticator extends PortalMethodAuthenticator {

    PushAuthenticator() {
        super(PushCredentialProviderFactory.ID, PushSetupRequiredActionFactory.ID);
    }

    private static final String NONCE_NOTE = "mfa-portal.push.nonce";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        PushOutcomes outcomes = new PushOutcomes(context.getSession());
        String nonce = context.getAuthenticationSession().getAuthNote(NONCE_NOTE);
        Optional<Challenge> open = outcomes.waiting(nonce);
        if (open.isPresent()) {
            context.challenge(page(RememberOffer.on(context), context, open.get()));
        } else if (outcomes.decided(nonce)) {
            // The phone answered before this reload: use that answer rather than sending another
            // push.
            finish(context, outcomes.of(nonce));
        } else {
            send(context);
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PushOutcomes outcomes = new PushOutcomes(context.getSession());
        if (context.getHttpRequest().getDecodedFormParameters().containsKey(PushWaitPage.AGAIN)) {
            outcomes.cancel(auth.getAuthNote(NONCE_NOTE));
            send(context);
            return;
        }
        finish(context, outcomes.of(auth.getAuthNote(NONCE_NOTE)));
    }

    private void finish(AuthenticationFlowContext context, PushOutcomes.Outcome outcome) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (outcome.state() == Ticket.State.PENDING) {
            context.challenge(page(RememberOffer.on(context), context, outcome.challenge()));
            return;
        }
        auth.removeAuthNote(NONCE_NOTE);
        Optional<Lockout.Lock> lock =
                outcome.state() == Ticket.State.APPROVED ? Lockout.of(context) : Optional.empty();
        if (lock.isPresent()) {
            context.forceChallenge(
                    page(
                            RememberOffer.on(context).setError(lock.get().messageKey()),
                            context,
                            null));
            return;
        }
        if (outcome.state() == Ticket.State.APPROVED) {
            MethodEvents.succeeded(auth, context.getEvent(), PushCredential.TYPE);
            context.getEvent().detail(PushCredential.SERIAL_DETAIL, outcome.serial());
            context.success();
            return;
        }
        // Denials and wrong numbers were counted and recorded (event, brute force) when the phone
        // answered.
        context.challenge(
                page(
                        RememberOffer.on(context)
                                .setError(PushOutcomes.messageFor(outcome.state())),
                        context,
                        null));
    }

    private void send(AuthenticationFlowContext context) {
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            // No request reaches the phone while the user is locked out (e.g. a fraud block).
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(lock.get().messageKey()),
                            context,
                            null));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.removeAuthNote(NONCE_NOTE);
        UserModel user = context.getUser();
        String browser = BrowserRef.of(auth);
        PushOutcomes outcomes = new PushOutcomes(context.getSession());
        outcomes.closeOwn(context.getRealm().getId(), user.getId(), browser);
        PushRequests.Sent sent =
                PushRequests.send(
                        context.getSession(),
                        context.getRealm(),
                        user,
                        PushDevices.of(user),
                        context.getSession().getContext().resolveLocale(user),
                        browser);
        context.getEvent().detail(MethodEvents.METHOD, PushCredential.TYPE);
        if (sent.refusal() == PushRequests.Refusal.TOO_MANY_OPEN) {
            // Another browser's request: never offered for approval here; the page says when it
            // ends and retries then.
            long seconds =
                    outcomes.secondsUntilOneExpires(context.getRealm().getId(), user.getId());
            context.challenge(
                    page(
                            RememberOffer.on(context)
                                    .setError(PushMessages.TOO_MANY_OPEN_UNTIL, seconds)
                                    .setAttribute(PushWaitPage.RETRY_AFTER, seconds + 1),
                            context,
                            null));
            return;
        }
        if (sent.refusal() != null) {
            context.challenge(
                    page(
                            RememberOffer.on(context)
                                    .setError(PushOutcomes.messageFor(sent.refusal())),
                            context,
                            null));
            return;
        }
        auth.setAuthNote(NONCE_NOTE, sent.challenge().nonce());
        context.challenge(page(RememberOffer.on(context), context, sent.challenge()));
    }

    private static Response page(
            LoginFormsProvider form, AuthenticationFlowContext context, Challenge waiting) {
        return PushWaitPage.render(
                form,
                context.getSession(),
                context.getRealm(),
                new PushWaitPage.View(
                        PushMessages.WAIT_TITLE,
                        waiting == null ? null : waiting.ticketId(),
                        waiting == null ? null : waiting.answer(),
                        PushMessages.SEND_AGAIN));
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return PortalSettings.of(realm).flag(PortalSetting.MOBILE_APP_ALLOWED)
                && PushDevices.count(user) > 0;
    }
}
