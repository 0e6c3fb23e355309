package org.mfaportal.it.kit.firebase;

import java.nio.file.Path;
import java.util.List;
import org.mfaportal.push.firebase.FirebaseNotifierFactory;
import org.mfaportal.push.firebase.FirebaseOptions;
import org.mfaportal.push.notify.PushNotifierSpi;

/**
 * The kc.sh start options of the firebase notifier, pointed at a {@link FakeFirebase}. The provider
 * itself is chosen per realm ({@code pushNotifier}), so the build keeps its default.
 */
public final class NotifierOptions {

    private static final String FIREBASE =
            "--spi-" + PushNotifierSpi.NAME + "--" + FirebaseNotifierFactory.ID + "--";

    private NotifierOptions() {}

    public static List<String> runtime(FakeFirebase fake, Path serviceAccountKey) {
        return List.of(
                FIREBASE + FirebaseOptions.BASE_URL + "=" + fake.baseUrl(),
                FIREBASE + FirebaseOptions.CREDENTIALS_FILE + "=" + serviceAccountKey);
    }
}
