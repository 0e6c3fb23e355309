package org.mfaportal.it.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mfaportal.runner.MemberViewPermission;

/**
 * A fresh group of the demo realm whose members some administrators may see, through a fine-grained
 * admin permission (v2) "view-members" made as ./run makes the demo's: how a test limits a helpdesk
 * administrator to a group. Closing it removes the permissions and the group.
 */
public final class AdminGroup implements AutoCloseable {

    private static final String GROUPS = "/admin/realms/" + KeycloakServer.REALM + "/groups";

    private final KeycloakServer server;
    private final String name;
    private final String id;
    private final List<MemberViewPermission.Grant> grants = new ArrayList<>();

    private AdminGroup(KeycloakServer server, String name, String id) {
        this.server = server;
        this.name = name;
        this.id = id;
    }

    public static AdminGroup create(KeycloakServer server) {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        AdminClient admin = server.admin();
        admin.post(GROUPS, Map.of("name", name)).requireStatus(201);
        String id =
                admin.get(GROUPS + "?exact=true&search=" + name)
                        .requireStatus(200)
                        .json()
                        .get(0)
                        .path("id")
                        .asText();
        return new AdminGroup(server, name, id);
    }

    public String name() {
        return name;
    }

    /** Makes the user a member. */
    public AdminGroup add(TestUser member) {
        server.admin()
                .put(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/users/"
                                + member.id()
                                + "/groups/"
                                + id,
                        null)
                .requireStatus(204);
        return this;
    }

    /** Lets the administrator view (only) this group's members. */
    public AdminGroup letViewMembers(TestUser administrator) {
        grants.add(
                MemberViewPermission.grant(
                        server.adminRest(),
                        KeycloakServer.REALM,
                        id,
                        administrator.id(),
                        administrator.username() + " views members of " + name));
        return this;
    }

    @Override
    public void close() {
        var rest = server.adminRest();
        grants.forEach(grant -> MemberViewPermission.revoke(rest, grant));
        server.admin().send("DELETE", GROUPS + "/" + id, null).requireStatus(204);
    }
}
