package org.mfaportal.it.brokering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * A second realm of the test server acting as a company's identity provider, and the demo realm's
 * broker for it, whose post-broker-login flow is the portal's second step (as the demo realm's
 * {@code corporate-saml} and {@code corporate-oidc} are). Created through the admin REST for one
 * test class; {@link #close} removes the broker and the realm.
 */
final class IdentityProviderRealm implements AutoCloseable {

    /** The demo realm's flow that runs after every sign-in through an identity provider. */
    static final String POST_BROKER_FLOW = "mfa-portal post broker login";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final String realm = "idp-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> brokers = new ArrayList<>();

    IdentityProviderRealm(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
        admin.post("/admin/realms", Map.of("realm", realm, "enabled", true)).requireStatus(201);
    }

    /** A person of the company: an account in the identity provider's realm. */
    Person person() {
        String username = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        admin.createUser(realm, username, password, List.of());
        return new Person(username, password);
    }

    /**
     * The demo realm trusts this realm as a SAML identity provider: a SAML client here (assertions
     * sent to the broker's endpoint with POST, the document signed with this realm's key, the
     * username as NameID, email and names as attributes) and a SAML broker there that checks the
     * signature with this realm's certificate. Returns the broker's alias.
     */
    String samlBroker() {
        String alias = "saml-" + realm;
        String brokerEndpoint = demoRealmUrl() + "/broker/" + alias + "/endpoint";
        String spEntityId = demoRealmUrl() + "/sp/" + alias;
        admin.post(
                        "/admin/realms/" + realm + "/clients",
                        Map.of(
                                "clientId",
                                spEntityId,
                                "protocol",
                                "saml",
                                "enabled",
                                true,
                                "redirectUris",
                                List.of(brokerEndpoint),
                                "attributes",
                                Map.of(
                                        "saml.client.signature", "false",
                                        "saml.server.signature", "true",
                                        "saml.assertion.signature", "false",
                                        "saml.authnstatement", "true",
                                        "saml_force_name_id_format", "true",
                                        "saml_name_id_format", "username",
                                        "saml.signature.algorithm", "RSA_SHA256",
                                        "saml_assertion_consumer_url_post", brokerEndpoint),
                                "protocolMappers",
                                List.of(
                                        samlAttribute("email"),
                                        samlAttribute("firstName"),
                                        samlAttribute("lastName"))))
                .requireStatus(201);
        String idpUrl = server.base() + "/realms/" + realm;
        Map<String, String> config =
                Map.ofEntries(
                        Map.entry("entityId", spEntityId),
                        Map.entry("idpEntityId", idpUrl),
                        Map.entry("singleSignOnServiceUrl", idpUrl + "/protocol/saml"),
                        Map.entry(
                                "nameIDPolicyFormat",
                                "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"),
                        Map.entry("principalType", "SUBJECT"),
                        Map.entry("postBindingResponse", "true"),
                        Map.entry("postBindingAuthnRequest", "true"),
                        Map.entry("validateSignature", "true"),
                        Map.entry("signingCertificate", signingCertificate()),
                        Map.entry("wantAuthnRequestsSigned", "false"),
                        Map.entry("syncMode", "IMPORT"));
        createBroker(alias, "saml", config);
        for (String attribute : List.of("email", "firstName", "lastName")) {
            admin.post(
                            brokerPath(alias) + "/mappers",
                            Map.of(
                                    "name",
                                    attribute,
                                    "identityProviderAlias",
                                    alias,
                                    "identityProviderMapper",
                                    "saml-user-attribute-idp-mapper",
                                    "config",
                                    Map.of(
                                            "syncMode", "INHERIT",
                                            "attribute.name", attribute,
                                            "user.attribute", attribute)))
                    .requireStatus(201);
        }
        return alias;
    }

    /**
     * The demo realm trusts this realm as an OpenID Connect provider: a confidential client here
     * (client secret, the broker's endpoint as its only redirect) and an OIDC broker there that
     * checks the ID token's signature with this realm's published keys. Returns the broker's alias.
     */
    String oidcBroker() {
        String alias = "oidc-" + realm;
        String clientId = "broker-" + alias;
        String secret = UUID.randomUUID().toString();
        admin.post(
                        "/admin/realms/" + realm + "/clients",
                        Map.of(
                                "clientId",
                                clientId,
                                "protocol",
                                "openid-connect",
                                "enabled",
                                true,
                                "publicClient",
                                false,
                                "secret",
                                secret,
                                "standardFlowEnabled",
                                true,
                                "directAccessGrantsEnabled",
                                false,
                                "redirectUris",
                                List.of(demoRealmUrl() + "/broker/" + alias + "/endpoint")))
                .requireStatus(201);
        String idpUrl = server.base() + "/realms/" + realm;
        Map<String, String> config =
                Map.ofEntries(
                        Map.entry("issuer", idpUrl),
                        Map.entry("authorizationUrl", idpUrl + "/protocol/openid-connect/auth"),
                        Map.entry("tokenUrl", idpUrl + "/protocol/openid-connect/token"),
                        Map.entry("jwksUrl", idpUrl + "/protocol/openid-connect/certs"),
                        Map.entry("useJwksUrl", "true"),
                        Map.entry("validateSignature", "true"),
                        Map.entry("clientId", clientId),
                        Map.entry("clientSecret", secret),
                        Map.entry("clientAuthMethod", "client_secret_post"),
                        Map.entry("defaultScope", "openid email profile"),
                        Map.entry("pkceEnabled", "true"),
                        Map.entry("pkceMethod", "S256"),
                        Map.entry("syncMode", "IMPORT"));
        createBroker(alias, "oidc", config);
        return alias;
    }

    private void createBroker(String alias, String providerId, Map<String, String> config) {
        admin.post(
                        "/admin/realms/" + KeycloakServer.REALM + "/identity-provider/instances",
                        Map.of(
                                "alias", alias,
                                "providerId", providerId,
                                "enabled", true,
                                "firstBrokerLoginFlowAlias", "first broker login",
                                "postBrokerLoginFlowAlias", POST_BROKER_FLOW,
                                "config", config))
                .requireStatus(201);
        brokers.add(alias);
    }

    /** This realm's RS256 signing certificate (base64 DER), as its SAML descriptor publishes it. */
    private String signingCertificate() {
        for (JsonNode key :
                admin.get("/admin/realms/" + realm + "/keys")
                        .requireStatus(200)
                        .json()
                        .path("keys")) {
            if ("RS256".equals(key.path("algorithm").asText())
                    && "SIG".equals(key.path("use").asText())) {
                return key.get("certificate").asText();
            }
        }
        throw new AssertionError("no RS256 signing key in " + realm);
    }

    private static Map<String, Object> samlAttribute(String property) {
        return Map.of(
                "name",
                property,
                "protocol",
                "saml",
                "protocolMapper",
                "saml-user-property-mapper",
                "config",
                Map.of(
                        "user.attribute", property,
                        "attribute.name", property,
                        "attribute.nameformat", "Basic"));
    }

    private String demoRealmUrl() {
        return server.realmUrl();
    }

    private static String brokerPath(String alias) {
        return "/admin/realms/" + KeycloakServer.REALM + "/identity-provider/instances/" + alias;
    }

    @Override
    public void close() {
        for (String alias : brokers) {
            admin.send("DELETE", brokerPath(alias), null).requireStatus(204);
        }
        admin.send("DELETE", "/admin/realms/" + realm, null).requireStatus(204);
    }

    /** A person's account at the identity provider. */
    record Person(String username, String password) {}
}
