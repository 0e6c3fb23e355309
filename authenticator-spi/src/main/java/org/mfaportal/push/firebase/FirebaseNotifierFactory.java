package org.mfaportal.push.firebase;

import com.google.auth.oauth2.GoogleCredentials;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.mfaportal.push.notify.PushNotifier;
import org.mfaportal.push.notify.PushNotifierFactory;

/**
 * "firebase": FCM HTTP v1 wake-ups for realms whose {@code pushNotifier} is firebase. Holds what
 * outlives a request on this node: the options, the credentials (Google's library caches and
 * refreshes the access token in them) and a small worker, so that FCM never delays a sign-in.
 */
public final class FirebaseNotifierFactory implements PushNotifierFactory {

    public static final String ID = "firebase";

    private static final Logger LOG = Logger.getLogger(FirebaseNotifierFactory.class);

    /** Messages waiting for the worker; beyond this FCM is far behind and the apps poll anyway. */
    private static final int QUEUE = 1000;

    private static final int WORKERS = 2;

    private FirebaseOptions options;
    private ServiceAccounts accounts;
    private FcmSender sender;
    private ExecutorService worker;

    @Override
    public PushNotifier create(KeycloakSession session) {
        return new FirebaseNotifier(session, this);
    }

    @Override
    public void init(Config.Scope config) {
        options = FirebaseOptions.from(config);
        accounts = new ServiceAccounts();
        sender = new FcmSender(options.timeout());
        worker =
                new ThreadPoolExecutor(
                        WORKERS,
                        WORKERS,
                        1,
                        TimeUnit.MINUTES,
                        new ArrayBlockingQueue<>(QUEUE),
                        task -> {
                            Thread thread = new Thread(task, "mfa-push-firebase");
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    FirebaseOptions options() {
        return options;
    }

    ServiceAccounts accounts() {
        return accounts;
    }

    void sendLater(
            FcmSender.Recipient to,
            GoogleCredentials credentials,
            URI sendUrl,
            Map<String, Object> body) {
        try {
            worker.execute(() -> sender.send(to, credentials, sendUrl, body));
        } catch (RejectedExecutionException e) {
            LOG.warnf(
                    "Firebase: %d messages already wait; none sent to device %s of realm %s, the"
                            + " app polls",
                    QUEUE, to.serial(), to.realm());
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(FirebaseOptions.CREDENTIALS_FILE)
                .type("string")
                .helpText(
                        "The service account's JSON key, for realms that name no vault secret"
                                + " (pushFirebaseCredentials)")
                .add()
                .property()
                .name(FirebaseOptions.BASE_URL)
                .type("string")
                .helpText("FCM's API root (tests point it at a fake)")
                .defaultValue(FirebaseOptions.GOOGLE_BASE_URL)
                .add()
                .property()
                .name(FirebaseOptions.TIMEOUT_MILLIS)
                .type("int")
                .helpText("Connect and answer timeout of each call to FCM, 100..60000 ms")
                .defaultValue(FirebaseOptions.DEFAULT_TIMEOUT_MILLIS)
                .add()
                .build();
    }
}
