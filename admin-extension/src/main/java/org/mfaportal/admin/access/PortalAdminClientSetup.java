package org.mfaportal.admin.access;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;

/**
 * Gives one realm the {@value PortalAdminClient#CLIENT_ID} client and every portal role, adding
 * only what is missing: a client or role an export or an operator made is kept as it is
 * (descriptions, extra composites), so running it twice, or after a realm import, changes nothing.
 */
public final class PortalAdminClientSetup {

    private PortalAdminClientSetup() {}

    /** Whether the realm already has the client and every role (nothing to write). */
    public static boolean isComplete(RealmModel realm) {
        ClientModel client = realm.getClientByClientId(PortalAdminClient.CLIENT_ID);
        return client != null && roleNames().allMatch(name -> client.getRole(name) != null);
    }

    /** Adds the client and the roles the realm lacks. */
    public static void addMissing(RealmModel realm) {
        ClientModel client = realm.getClientByClientId(PortalAdminClient.CLIENT_ID);
        if (client == null) {
            client = addClient(realm);
        }
        for (PortalAdminRole role : PortalAdminRole.values()) {
            role(client, role.roleName(), role.description());
        }
        composite(
                client,
                PortalAdminRole.HELPDESK,
                PortalAdminRole.HELPDESK_DESCRIPTION,
                PortalAdminRole::inHelpdesk);
        composite(client, PortalAdminRole.ADMIN, PortalAdminRole.ADMIN_DESCRIPTION, r -> true);
    }

    private static ClientModel addClient(RealmModel realm) {
        ClientModel client = realm.addClient(PortalAdminClient.CLIENT_ID);
        client.setName("Two-step verification portal");
        client.setDescription("Holds the portal administrators' roles; no one signs in to it.");
        client.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        client.setEnabled(true);
        // Only a holder of roles: no sign-in, no tokens of its own.
        client.setBearerOnly(true);
        client.setPublicClient(false);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setFullScopeAllowed(false);
        return client;
    }

    private static RoleModel role(ClientModel client, String name, String description) {
        RoleModel role = client.getRole(name);
        if (role == null) {
            role = client.addRole(name);
            role.setDescription(description);
        }
        return role;
    }

    /** A composite gets its parts only when it is created here: an operator's edit stays. */
    private static void composite(
            ClientModel client, String name, String description, Predicate<PortalAdminRole> holds) {
        if (client.getRole(name) != null) {
            return;
        }
        RoleModel composite = role(client, name, description);
        for (PortalAdminRole part : PortalAdminRole.values()) {
            if (holds.test(part)) {
                composite.addCompositeRole(client.getRole(part.roleName()));
            }
        }
    }

    private static Stream<String> roleNames() {
        return Stream.concat(
                Stream.of(PortalAdminRole.values()).map(PortalAdminRole::roleName),
                List.of(PortalAdminRole.HELPDESK, PortalAdminRole.ADMIN).stream());
    }
}
