package org.mfaportal.flow;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.keycloak.common.ClientConnection;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Counts a failure in Keycloak's brute-force protection on every Keycloak we support. The providers
 * compile against 26.5, whose {@code failedLogin} takes four parameters; 26.7 added a fifth (the
 * failed authenticator's category, which Keycloak itself leaves null where it has none) and removed
 * the four-parameter one, so a direct call fails there with NoSuchMethodError.
 */
final class BruteForceFailures {

    /** The failedLogin of the running Keycloak: looked up once, it never changes in a JVM. */
    private static final Method FAILED_LOGIN =
            Arrays.stream(BruteForceProtector.class.getMethods())
                    .filter(m -> m.getName().equals("failedLogin"))
                    .filter(m -> m.getParameterCount() == 4 || m.getParameterCount() == 5)
                    .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                    .orElseThrow(
                            () ->
                                    new IllegalStateException(
                                            "BruteForceProtector has no failedLogin"));

    private BruteForceFailures() {}

    static void failedLogin(
            BruteForceProtector protector,
            RealmModel realm,
            UserModel user,
            ClientConnection connection,
            UriInfo uri) {
        Object[] arguments =
                FAILED_LOGIN.getParameterCount() == 5
                        ? new Object[] {realm, user, connection, uri, null}
                        : new Object[] {realm, user, connection, uri};
        try {
            FAILED_LOGIN.invoke(protector, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
