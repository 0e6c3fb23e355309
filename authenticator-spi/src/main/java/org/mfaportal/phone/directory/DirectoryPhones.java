package org.mfaportal.phone.directory;

import java.util.Optional;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.Method;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneCredentials;
import org.mfaportal.settings.PortalSettings;

/**
 * Keeps a user's phone methods in line with the directory. In "enrolled" mode a directory number is
 * the user's call or text method (it replaces a number the user set up: the directory owns the
 * numbers it has), a changed number follows, and a number removed from the directory takes its
 * method away (unless a fraud report locked it). In the other modes nothing the directory put there
 * stays. A number the user set up and confirmed themselves is never touched unless the directory
 * has one for that method in "enrolled" mode.
 */
public final class DirectoryPhones {

    /** The credential types whose numbers may come from the directory. */
    public static final java.util.Set<String> PHONE_TYPES =
            java.util.Set.of(Method.VOICE.credentialType(), Method.SMS.credentialType());

    private DirectoryPhones() {}

    /** Brings the user's call and text methods in line; writes only what changed. */
    public static void reconcile(PortalSettings settings, UserModel user) {
        boolean enrolled = DirectoryMode.of(settings) == DirectoryMode.ENROLLED;
        reconcile(
                new PhoneCredentials(Method.VOICE.credentialType()),
                enrolled ? DirectoryNumbers.forCalls(settings).of(user) : Optional.empty(),
                user);
        reconcile(
                new PhoneCredentials(Method.SMS.credentialType()),
                enrolled ? DirectoryNumbers.forTexts(settings).of(user) : Optional.empty(),
                user);
    }

    private static void reconcile(
            PhoneCredentials store, Optional<String> directoryNumber, UserModel user) {
        Optional<PhoneCredentialData> stored = store.dataOf(user);
        if (directoryNumber.isEmpty()) {
            // A locked method stays, still locked: removing it would drop the fraud report's lock
            // and let the user (or whoever has the password) set up a new phone.
            if (stored.map(d -> d.fromDirectory() && !d.locked()).orElse(false)) {
                store.remove(user);
            }
            return;
        }
        String number = directoryNumber.get();
        if (stored.isPresent()
                && stored.get().fromDirectory()
                && number.equals(stored.get().number())) {
            return;
        }
        // A fraud report's lock survives a new number, as it does at setup.
        boolean locked = stored.map(PhoneCredentialData::locked).orElse(false);
        store.save(
                user,
                new PhoneCredentialData(
                        number, null, null, locked, PhoneCredentialData.FROM_DIRECTORY));
    }

    /** Whether the directory owns this method's number now, so the user may not change it. */
    public static boolean ownedByDirectory(PortalSettings settings, PhoneCredentialData data) {
        return data != null
                && data.fromDirectory()
                && DirectoryMode.of(settings) == DirectoryMode.ENROLLED;
    }
}
