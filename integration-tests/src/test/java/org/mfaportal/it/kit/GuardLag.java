package org.mfaportal.it.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Keycloak's default brute-force protector also calls a user "temporarily disabled" while the count
 * of that user's previous sign-in is still being written by its background task (its guard against
 * parallel guesses). On a loaded test machine that task can lag behind a story that signs the same
 * user in again at once, and Keycloak's password form then refuses the right password. A person
 * would just try again; so does the kit, and only then: when the refusal is Keycloak's "temporarily
 * disabled" while its admin API says the user is not locked.
 */
final class GuardLag {

    /** How often a refusal by the guard is tried again, and how long apart. */
    static final int TRIES = 5;

    static final long PAUSE_MILLIS = 200;

    private GuardLag() {}

    /** Whether this password page refused a user only because Keycloak had not caught up. */
    static boolean refusedOnlyByTheGuard(AdminClient admin, Page page, String username) {
        if (!page.showsForm("kc-form-login")
                || !BruteForce.LOCKED_MESSAGE.equals(page.feedback())) {
            return false;
        }
        String realm = KeycloakServer.REALM;
        JsonNode users =
                admin.get(
                                "/admin/realms/"
                                        + realm
                                        + "/users?exact=true&username="
                                        + AdminClient.encode(username))
                        .requireStatus(200)
                        .json();
        if (users.size() != 1) {
            return false;
        }
        String userId = users.get(0).get("id").asText();
        List<JsonNode> errors = admin.events(realm, userId, "LOGIN_ERROR");
        boolean guard =
                !errors.isEmpty()
                        && "user_temporarily_disabled".equals(errors.get(0).path("error").asText());
        return guard
                && !admin.get(
                                "/admin/realms/"
                                        + realm
                                        + "/attack-detection/brute-force/users/"
                                        + userId)
                        .requireStatus(200)
                        .json()
                        .get("disabled")
                        .asBoolean();
    }

    static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
