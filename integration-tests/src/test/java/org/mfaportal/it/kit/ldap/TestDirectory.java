package org.mfaportal.it.kit.ldap;

import java.util.List;
import java.util.Map;

/**
 * A company directory the stories write to and Keycloak's LDAP provider reads: the same base DN,
 * people and service account on every server, so one story runs against each of them.
 */
public interface TestDirectory extends AutoCloseable {

    String BASE_DN = "dc=mfa-portal,dc=test";
    String USERS_DN = "ou=people," + BASE_DN;
    String BIND_DN = "cn=keycloak," + BASE_DN;
    String BIND_PASSWORD = "directory-secret";

    /** The URL Keycloak's LDAP provider connects to. */
    String url();

    /** Adds a person with a password and some of their attributes (name: values). */
    void addPerson(String uid, String password, Map<String, List<String>> attributes);

    /** Replaces an attribute's values; none removes the attribute. */
    void replace(String uid, String attribute, String... values);

    void removePerson(String uid);

    @Override
    void close();
}
