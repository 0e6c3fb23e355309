package org.mfaportal.it.kit.ldap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mfaportal.it.kit.AdminClient;

/**
 * Keycloak's own LDAP provider, added to a realm through the admin REST API as an operator adds it
 * in the console (read-only, vendor "other", uid as username, no cache), with user-attribute
 * mappers for the phone attributes and the language, always read from the directory. Removed on
 * close, with the users it imported.
 */
public final class LdapFederation implements AutoCloseable {

    private static final String STORAGE_TYPE = "org.keycloak.storage.UserStorageProvider";
    private static final String MAPPER_TYPE = "org.keycloak.storage.ldap.mappers.LDAPStorageMapper";

    /** LDAP attribute -> user attribute, as docs/directories.md tells operators to map them. */
    private static final Map<String, String> MAPPED =
            Map.of(
                    "telephoneNumber", "telephoneNumber",
                    "otherTelephone", "otherTelephone",
                    "mobile", "mobile",
                    "preferredLanguage", "locale");

    private final AdminClient admin;
    private final String realm;
    private final String id;

    private LdapFederation(AdminClient admin, String realm, String id) {
        this.admin = admin;
        this.realm = realm;
        this.id = id;
    }

    /** The provider on this directory, importing users or not ({@code importEnabled}). */
    public static LdapFederation add(
            AdminClient admin, String realm, TestDirectory directory, boolean importUsers) {
        String name = "it-directory-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> config =
                Map.ofEntries(
                        Map.entry("enabled", List.of("true")),
                        Map.entry("priority", List.of("0")),
                        Map.entry("vendor", List.of("other")),
                        Map.entry("connectionUrl", List.of(directory.url())),
                        Map.entry("authType", List.of("simple")),
                        Map.entry("bindDn", List.of(TestDirectory.BIND_DN)),
                        Map.entry("bindCredential", List.of(TestDirectory.BIND_PASSWORD)),
                        Map.entry("usersDn", List.of(TestDirectory.USERS_DN)),
                        Map.entry("usernameLDAPAttribute", List.of("uid")),
                        Map.entry("rdnLDAPAttribute", List.of("uid")),
                        Map.entry("uuidLDAPAttribute", List.of("entryUUID")),
                        Map.entry(
                                "userObjectClasses",
                                List.of("inetOrgPerson, organizationalPerson")),
                        Map.entry("searchScope", List.of("1")),
                        Map.entry("editMode", List.of("READ_ONLY")),
                        Map.entry("importEnabled", List.of(Boolean.toString(importUsers))),
                        Map.entry("syncRegistrations", List.of("false")),
                        Map.entry("trustEmail", List.of("true")),
                        Map.entry("pagination", List.of("false")),
                        Map.entry("fullSyncPeriod", List.of("-1")),
                        Map.entry("changedSyncPeriod", List.of("-1")),
                        // So that a change in the directory counts at the next sign-in: Keycloak's
                        // user cache would otherwise serve an imported user's earlier attributes.
                        Map.entry("cachePolicy", List.of("NO_CACHE")));
        String base = "/admin/realms/" + realm + "/components";
        admin.post(
                        base,
                        Map.of(
                                "name",
                                name,
                                "providerId",
                                "ldap",
                                "providerType",
                                STORAGE_TYPE,
                                "config",
                                config))
                .requireStatus(201);
        JsonNode found =
                admin.get(base + "?type=" + STORAGE_TYPE + "&name=" + name)
                        .requireStatus(200)
                        .json();
        LdapFederation federation =
                new LdapFederation(admin, realm, found.get(0).get("id").asText());
        MAPPED.forEach(federation::mapAttribute);
        return federation;
    }

    private void mapAttribute(String ldapAttribute, String userAttribute) {
        admin.post(
                        "/admin/realms/" + realm + "/components",
                        Map.of(
                                "name",
                                ldapAttribute,
                                "providerId",
                                "user-attribute-ldap-mapper",
                                "providerType",
                                MAPPER_TYPE,
                                "parentId",
                                id,
                                "config",
                                Map.of(
                                        "ldap.attribute", List.of(ldapAttribute),
                                        "user.model.attribute", List.of(userAttribute),
                                        "read.only", List.of("true"),
                                        "always.read.value.from.ldap", List.of("true"),
                                        "is.mandatory.in.ldap", List.of("false"))))
                .requireStatus(201);
    }

    /** The Keycloak id of a directory user (looked up, so imported on first sight). */
    public String userId(String username) {
        JsonNode users =
                admin.get(
                                "/admin/realms/"
                                        + realm
                                        + "/users?exact=true&username="
                                        + java.net.URLEncoder.encode(
                                                username, java.nio.charset.StandardCharsets.UTF_8))
                        .requireStatus(200)
                        .json();
        if (users.isEmpty()) {
            throw new AssertionError("no user " + username + " through the directory");
        }
        return users.get(0).get("id").asText();
    }

    @Override
    public void close() {
        admin.send("DELETE", "/admin/realms/" + realm + "/components/" + id, null)
                .requireStatus(204);
    }
}
