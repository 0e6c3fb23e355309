package org.mfaportal.flow;

import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserModel;
import org.keycloak.storage.ReadOnlyException;

/**
 * Writes of the portal's own user attributes (markers, a fraud block). A directory provider without
 * import refuses attributes it has no mapper for; that refusal must not roll back the request that
 * also stored the lock in a credential and raised the fraud event, so it is logged and the caller
 * learns it with {@code false}.
 */
public final class BookkeepingAttributes {

    private static final Logger LOG = Logger.getLogger(BookkeepingAttributes.class);

    private BookkeepingAttributes() {}

    public static boolean write(UserModel user, String what, Consumer<UserModel> change) {
        try {
            change.accept(user);
            return true;
        } catch (ReadOnlyException | ModelException refused) {
            LOG.warnf(
                    "%s not recorded for user %s: its user provider refuses the portal's attributes"
                            + " (%s)",
                    what, user.getId(), refused.getMessage());
            return false;
        }
    }
}
