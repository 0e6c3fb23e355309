package org.mfaportal.it.kit.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entries of a test directory, written through any LDAP interface (the in-memory server itself
 * or a connection to slapd): the base, the people container and inetOrgPerson people.
 */
final class DirectoryPeople {

    private final LDAPInterface ldap;

    DirectoryPeople(LDAPInterface ldap) {
        this.ldap = ldap;
    }

    /** The base entry and the people container under it. */
    void addBase() throws LDAPException {
        ldap.add(
                new Entry(
                        TestDirectory.BASE_DN,
                        new Attribute("objectClass", "top", "domain"),
                        new Attribute("dc", "mfa-portal")));
        ldap.add(
                new Entry(
                        TestDirectory.USERS_DN,
                        new Attribute("objectClass", "top", "organizationalUnit"),
                        new Attribute("ou", "people")));
    }

    void addPerson(String uid, String password, Map<String, List<String>> attributes) {
        List<Attribute> all = new ArrayList<>();
        all.add(
                new Attribute(
                        "objectClass",
                        "top",
                        "person",
                        "organizationalPerson",
                        "inetOrgPerson",
                        AdPhonesSchema.OBJECT_CLASS));
        all.add(new Attribute("uid", uid));
        all.add(new Attribute("cn", uid));
        all.add(new Attribute("sn", "Directory"));
        all.add(new Attribute("givenName", uid));
        all.add(new Attribute("mail", uid + "@directory.test"));
        all.add(new Attribute("userPassword", password));
        attributes.forEach((name, values) -> all.add(new Attribute(name, values)));
        try {
            ldap.add(new Entry(dnOf(uid), all));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not add " + uid, e);
        }
    }

    void replace(String uid, String attribute, String... values) {
        try {
            ldap.modify(dnOf(uid), new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not change " + attribute + " of " + uid, e);
        }
    }

    void removePerson(String uid) {
        try {
            ldap.delete(dnOf(uid));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not remove " + uid, e);
        }
    }

    private static String dnOf(String uid) {
        return "uid=" + uid + "," + TestDirectory.USERS_DN;
    }
}
