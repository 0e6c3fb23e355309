package org.mfaportal.it.kit.twilio;

import java.net.URI;
import java.util.List;
import org.mfaportal.phone.gateway.PhoneGatewaySpi;
import org.mfaportal.phone.twilio.TwilioGatewayFactory;

/**
 * The kc.sh options that make Keycloak's phone gateway the Twilio one, talking to a fake. Keycloak
 * 26.5 wants {@code --spi-<spi>--<provider>--<option>}; choosing the provider is a build option
 * ({@code start --optimized} exits with status 2 if it differs from what kc.sh build saw).
 */
public final class GatewayOptions {

    private static final String SPI = "--spi-" + PhoneGatewaySpi.NAME + "--";
    private static final String TWILIO = SPI + TwilioGatewayFactory.ID + "--";

    private GatewayOptions() {}

    /** For kc.sh build. */
    public static List<String> build() {
        return List.of(SPI + "provider=" + TwilioGatewayFactory.ID);
    }

    /**
     * For kc.sh start: the fake's account, number and address, and the server's public URL that
     * every webhook URL handed to Twilio starts with (option names as in TwilioSettings).
     */
    public static List<String> runtime(FakeTwilio fake, URI publicUrl) {
        TwilioAccount account = fake.account();
        return List.of(
                TWILIO + "account-sid=" + account.accountSid(),
                TWILIO + "auth-token=" + account.authToken(),
                TWILIO + "from-number=" + account.number(),
                TWILIO + "api-base-url=" + fake.apiBaseUrl(),
                TWILIO + "public-url=" + publicUrl);
    }
}
