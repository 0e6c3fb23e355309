package org.mfaportal.phone.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The URL a gateway signed, rebuilt from the configured public URL whatever address was called. */
class WebhookPathsTest {

    private static final String PATH = "realms/demo/mfa-portal/phone/calls/T1/digits";

    @ParameterizedTest
    @CsvSource({
        // One server, no --hostname: the base and the request share the address.
        "https://sso.example.com/, http://127.0.0.1:8080/, http://127.0.0.1:8080/",
        // A cluster node behind a load balancer, --hostname set: the base is public, the request
        // the node's own (issue 16).
        "https://sso.example.com/, https://sso.example.com/, http://10.0.0.7:8080/",
        // A forged Host changes nothing.
        "https://sso.example.com/, http://attacker.example/, http://attacker.example/",
    })
    void thePublicUrlPlusThePathBelowKeycloaksBase(String publicUrl, String base, String node) {
        assertThat(
                        WebhookPaths.asCalledByGateway(
                                URI.create(publicUrl), URI.create(base), URI.create(node + PATH)))
                .isEqualTo("https://sso.example.com/" + PATH);
    }

    @ParameterizedTest
    @CsvSource({
        "https://sso.example.com/auth/, https://sso.example.com/auth/, http://10.0.0.7:8080/auth/",
        "https://sso.example.com/auth/, http://10.0.0.7:8080/auth/, http://10.0.0.7:8080/auth/",
    })
    void underARelativePathTheQueryIsKept(String publicUrl, String base, String node) {
        assertThat(
                        WebhookPaths.asCalledByGateway(
                                URI.create(publicUrl),
                                URI.create(base),
                                URI.create(node + PATH + "?attempt=2")))
                .isEqualTo("https://sso.example.com/auth/" + PATH + "?attempt=2");
    }
}
