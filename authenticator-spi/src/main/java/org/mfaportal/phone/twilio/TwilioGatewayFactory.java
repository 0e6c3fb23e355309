package org.mfaportal.phone.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
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

/** "twilio": the production gateway. One SDK client per node, built once from the SPI options. */
public final class TwilioGatewayFactory implements PhoneGatewayFactory {

    public static final String ID = "twilio";

    private static final Logger LOG = Logger.getLogger(TwilioGatewayFactory.class);

    private TwilioGateway gateway;

    @Override
    public PhoneGateway create(KeycloakSession session) {
        return gateway;
    }

    @Override
    public void init(Config.Scope config) {
        TwilioSettings settings = TwilioSettings.from(config);
        TwilioRestClient client = null;
        URI publicUrl = null;
        if (settings.missing() == null) {
            // An account without a public URL refuses to start: Twilio would be handed no URL, or a
            // forged one.
            publicUrl =
                    PublicUrl.resolve(
                            settings.publicUrl(),
                            KeycloakHostname.configured(),
                            TwilioSettings.PUBLIC_URL_OPTION);
            TwilioRestClient.Builder builder =
                    new TwilioRestClient.Builder(settings.accountSid(), settings.authToken());
            if (settings.apiBaseUrl() != null) {
                LOG.warnf(
                        "Twilio API calls go to %s instead of api.twilio.com (%s is meant for tests)",
                        settings.apiBaseUrl(), TwilioSettings.API_BASE_URL);
                builder.httpClient(new RedirectingHttpClient(settings.apiBaseUrl()));
            }
            client = builder.build();
        }
        gateway = new TwilioGateway(settings, publicUrl, client);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // The SDK's connection pool ends with the JVM.
    }

    @Override
    public String getId() {
        return ID;
    }

    /**
     * The gateway a server gets when no --spi-mfa-phone-gateway--provider is chosen: with two
     * gateways of equal order Keycloak would pick none, and "dev" must never be picked silently.
     */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(TwilioSettings.ACCOUNT_SID)
                .type("string")
                .helpText("Twilio account SID (AC...)")
                .add()
                .property()
                .name(TwilioSettings.AUTH_TOKEN)
                .type("password")
                .helpText("Twilio auth token; also checks webhook signatures")
                .add()
                .property()
                .name(TwilioSettings.FROM_NUMBER)
                .type("string")
                .helpText("Caller id and text sender, E.164")
                .add()
                .property()
                .name(TwilioSettings.MESSAGING_SERVICE_SID)
                .type("string")
                .helpText(
                        "Send texts through this messaging service (MG...) instead of from-number")
                .add()
                .property()
                .name(PublicUrl.OPTION)
                .type("string")
                .helpText(
                        "This server's public URL as Twilio reaches it (e.g. https://sso.example.com/); default: Keycloak's --hostname when it is a full URL")
                .add()
                .property()
                .name(TwilioSettings.API_BASE_URL)
                .type("string")
                .helpText("Tests only: a Twilio-compatible API on loopback")
                .add()
                .build();
    }
}
