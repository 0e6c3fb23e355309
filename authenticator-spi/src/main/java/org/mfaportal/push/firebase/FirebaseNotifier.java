package org.mfaportal.push.firebase;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.vault.VaultStringSecret;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.device.ChallengeJson;
import org.mfaportal.push.notify.PushNotifier;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Wakes the app through FCM: the challenge is signed for the device here (as a poll would sign it),
 * and the message leaves once the sign-in's transaction committed, on the factory's worker. A
 * device without a registration token (poll-only rollout) or without a known URL is left to poll.
 */
final class FirebaseNotifier implements PushNotifier {

    private static final Logger LOG = Logger.getLogger(FirebaseNotifier.class);

    private final KeycloakSession session;
    private final FirebaseNotifierFactory factory;

    FirebaseNotifier(KeycloakSession session, FirebaseNotifierFactory factory) {
        this.session = session;
        this.factory = factory;
    }

    @Override
    public void notify(RealmModel realm, UserModel user, PushDevice device, Challenge challenge) {
        if (device.firebaseToken() == null || device.url() == null) {
            LOG.debugf(
                    "Firebase: device %s of realm %s has no Firebase registration; it polls",
                    device.serial(), realm.getName());
            return;
        }
        PortalSettings settings = PortalSettings.of(realm);
        Optional<ServiceAccounts.Account> account = account(realm, settings);
        if (account.isEmpty()) {
            return;
        }
        String configured = settings.text(PortalSetting.PUSH_FIREBASE_PROJECT_ID);
        String projectId = configured.isEmpty() ? account.get().projectId() : configured;
        if (projectId == null || projectId.isBlank()) {
            LOG.warnf(
                    "Firebase: realm %s names no project and its service account has no"
                            + " project_id; the app polls",
                    realm.getName());
            return;
        }
        Map<String, String> data =
                ChallengeJson.of(
                        challenge, device.url(), device.serial(), device.serverPrivateKey());
        long secondsLeft = Math.max(1, (challenge.expiresAt() - Time.currentTimeMillis()) / 1000);
        Map<String, Object> body =
                FcmMessage.of(
                        device.firebaseToken(),
                        data,
                        secondsLeft,
                        System.currentTimeMillis() / 1000 + secondsLeft);
        FcmSender.Recipient to = new FcmSender.Recipient(realm.getName(), device.serial());
        session.getTransactionManager()
                .enlistAfterCompletion(
                        new AbstractKeycloakTransaction() {
                            @Override
                            protected void commitImpl() {
                                factory.sendLater(
                                        to,
                                        account.get().credentials(),
                                        factory.options().sendUrl(projectId),
                                        body);
                            }

                            @Override
                            protected void rollbackImpl() {
                                // No challenge was stored: nothing to announce.
                            }
                        });
    }

    /** The realm's vault secret where it names one, else the operator's file. */
    private Optional<ServiceAccounts.Account> account(RealmModel realm, PortalSettings settings) {
        String reference = settings.text(PortalSetting.PUSH_FIREBASE_CREDENTIALS);
        byte[] json;
        String source;
        if (!reference.isEmpty()) {
            source = "the vault secret " + reference;
            try (VaultStringSecret secret = session.vault().getStringSecret(reference)) {
                Optional<String> value = secret.get();
                json = value.map(ServiceAccounts::utf8).orElse(null);
            }
        } else if (factory.options().credentialsFile() != null) {
            source = "the file of " + FirebaseOptions.CREDENTIALS_FILE;
            try {
                json = Files.readAllBytes(factory.options().credentialsFile());
            } catch (IOException | RuntimeException e) {
                json = null;
            }
        } else {
            LOG.warnf(
                    "Firebase: realm %s chose firebase, but names no vault secret and the"
                            + " operator set no %s; the app polls",
                    realm.getName(), FirebaseOptions.CREDENTIALS_FILE);
            return Optional.empty();
        }
        if (json == null) {
            LOG.warnf(
                    "Firebase: %s of realm %s cannot be read; the app polls",
                    source, realm.getName());
            return Optional.empty();
        }
        try {
            return Optional.of(factory.accounts().of(json));
        } catch (IOException e) {
            LOG.warnf(
                    "Firebase: %s of realm %s is %s; the app polls",
                    source, realm.getName(), e.getMessage());
            return Optional.empty();
        }
    }
}
