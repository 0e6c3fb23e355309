package org.mfaportal.it.kit.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A company directory for the tests: UnboundID's in-memory LDAP server on a free loopback port,
 * with the standard schema (inetOrgPerson: telephoneNumber, mobile, homePhone, preferredLanguage)
 * and Active Directory's multi-valued {@code otherTelephone} added through an auxiliary class.
 */
public final class InMemoryDirectory implements TestDirectory {

    private final InMemoryDirectoryServer server;
    private final DirectoryPeople people;

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
                            new Schema(new Entry(AdPhonesSchema.asSubschemaLdif()))));
            server = new InMemoryDirectoryServer(config);
            people = new DirectoryPeople(server);
            people.addBase();
            server.startListening();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the in-memory directory did not start", e);
        }
    }

    @Override
    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    @Override
    public void addPerson(String uid, String password, Map<String, List<String>> attributes) {
        people.addPerson(uid, password, attributes);
    }

    @Override
    public void replace(String uid, String attribute, String... values) {
        people.replace(uid, attribute, values);
    }

    @Override
    public void removePerson(String uid) {
        people.removePerson(uid);
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
