package org.mfaportal.phone.dev;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.mfaportal.phone.gateway.KeycloakHostname;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.PhoneGatewayFactory;
import org.mfaportal.phone.gateway.PublicUrl;

/**
 * "dev": the run command's gateway. Never a default: a server gets it only when chosen with {@code
 * --spi-mfa-phone-gateway--provider=dev}, because its virtual phone page shows every text (codes
 * included) to whoever opens it.
 */
public final class DevGatewayFactory implements PhoneGatewayFactory {

    public static final String ID = "dev";

    private static final Logger LOG = Logger.getLogger(DevGatewayFactory.class);

    private DevSettings settings;

    /** Posts the virtual phone's webhooks; one per node, like the Twilio SDK's connection pool. */
    private HttpClient http;

    @Override
    public PhoneGateway create(KeycloakSession session) {
        return new DevGateway(session, settings, http);
    }

    @Override
    public void init(Config.Scope config) {
        settings = DevSettings.from(config, KeycloakHostname.configured());
        http =
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (factory.getProviderFactory(PhoneGateway.class) == this) {
            LOG.warnf(
                    "The %s phone gateway is active: texts and calls go to /realms/<realm>/%s/%s, "
                            + "readable by anyone who can reach this server. Never use it in production.",
                    ID, DevGatewayRealmResourceProviderFactory.ID, VirtualPhoneResource.PATH);
        }
    }

    @Override
    public void close() {
        // The HTTP client's threads end with the JVM.
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(DevSettings.AUTH_TOKEN)
                .type("password")
                .defaultValue(DevSettings.DEFAULT_AUTH_TOKEN)
                .helpText(
                        "Signs the virtual phone's webhooks and checks them, like a Twilio auth token")
                .add()
                .property()
                .name(DevSettings.FROM_NUMBER)
                .type("string")
                .defaultValue(DevSettings.DEFAULT_FROM_NUMBER)
                .helpText("The number the virtual phone sees texts and calls come from")
                .add()
                .property()
                .name(PublicUrl.OPTION)
                .type("string")
                .helpText(
                        "This server's public URL (e.g. http://localhost:8080/): the virtual phone posts only there")
                .add()
                .build();
    }
}
