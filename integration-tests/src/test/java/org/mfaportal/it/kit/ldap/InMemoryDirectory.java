package org.mfaportal.it.kit.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A company directory for the tests: UnboundID's in-memory LDAP server on a free loopback port,
 * with the standard schema (inetOrgPerson: telephoneNumber, mobile, homePhone, preferredLanguage)
 * and Active Directory's multi-valued {@code otherTelephone} added through an auxiliary class.
 */
public final class InMemoryDirectory implements AutoCloseable {

    public static final String BASE_DN = "dc=mfa-portal,dc=test";
    public static final String USERS_DN = "ou=people," + BASE_DN;
    public static final String BIND_DN = "cn=keycloak,dc=mfa-portal,dc=test";
    public static final String BIND_PASSWORD = "directory-secret";

    /** The attribute type and class of AD's otherTelephone (its AD OID), for the schema. */
    private static final String AD_SUBSET =
            """
            dn: cn=schema
            objectClass: top
            objectClass: ldapSubentry
            objectClass: subschema
            cn: schema
            attributeTypes: ( 1.2.840.113556.1.2.18 NAME 'otherTelephone' EQUALITY telephoneNumberMatch SUBSTR telephoneNumberSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.50 )
            objectClasses: ( 1.3.6.1.4.1.99999.1.1 NAME 'mfaTestAdPhones' SUP top AUXILIARY MAY otherTelephone )
            """;

    private final InMemoryDirectoryServer server;

    public InMemoryDirectory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig(
                            "ldap", InetAddress.getLoopbackAddress(), 0, null));
            config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
            config.setSchema(
                    Schema.mergeSchemas(
                            Schema.getDefaultStandardSchema(),
                            new Schema(new Entry(AD_SUBSET.split("\n")))));
            server = new InMemoryDirectoryServer(config);
            server.add(
                    "dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: mfa-portal");
            server.add(
                    "dn: " + USERS_DN,
                    "objectClass: top",
                    "objectClass: organizationalUnit",
                    "ou: people");
            server.startListening();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the in-memory directory did not start", e);
        }
    }

    /** The URL Keycloak's LDAP provider connects to. */
    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** Adds a person with a password and some of their attributes (name: values). */
    public void addPerson(String uid, String password, Map<String, List<String>> attributes) {
        List<Attribute> all = new ArrayList<>();
        all.add(
                new Attribute(
                        "objectClass",
                        "top",
                        "person",
                        "organizationalPerson",
                        "inetOrgPerson",
                        "mfaTestAdPhones"));
        all.add(new Attribute("uid", uid));
        all.add(new Attribute("cn", uid));
        all.add(new Attribute("sn", "Directory"));
        all.add(new Attribute("givenName", uid));
        all.add(new Attribute("mail", uid + "@directory.test"));
        all.add(new Attribute("userPassword", password));
        attributes.forEach((name, values) -> all.add(new Attribute(name, values)));
        try {
            server.add(new Entry(dnOf(uid), all));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not add " + uid, e);
        }
    }

    /** Replaces an attribute's values; none removes the attribute. */
    public void replace(String uid, String attribute, String... values) {
        try {
            server.modify(dnOf(uid), new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not change " + attribute + " of " + uid, e);
        }
    }

    public void removePerson(String uid) {
        try {
            server.delete(dnOf(uid));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not remove " + uid, e);
        }
    }

    private static String dnOf(String uid) {
        return "uid=" + uid + "," + USERS_DN;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
