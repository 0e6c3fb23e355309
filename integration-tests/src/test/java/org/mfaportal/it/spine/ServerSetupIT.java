package org.mfaportal.it.spine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.admin.PortalAdminResourceProviderFactory;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.trustedip.TrustedNetworkConditionFactory;

/**
 * The JARs an operator installs (distribution/target/providers, as the README says) are complete:
 * kc.sh build accepted them on a stock distribution and the server runs every provider in them.
 */
@ExtendWith(KeycloakServer.Extension.class)
class ServerSetupIT {

    private final KeycloakServer server;

    ServerSetupIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void theServerRunsExactlyTheOperatorsJarsPlusTheTestClockAndTheDevGateway() throws IOException {
        List<String> operatorJars = jarNames(Path.of(System.getProperty("mfa.providers.dir")));
        Path installed =
                Path.of(System.getProperty("mfa.keycloak.work"))
                        .resolve("keycloak-" + System.getProperty("keycloak.dist.version"))
                        .resolve("providers");

        // The dev phone gateway (virtual phone) is never among what operators install.
        assertThat(operatorJars)
                .containsExactlyInAnyOrder(
                        "mfa-portal-authenticator-spi.jar",
                        "mfa-portal-admin-extension.jar",
                        "mfa-portal-account-theme.jar");
        assertThat(jarNames(installed))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(
                                        operatorJars.stream(),
                                        Stream.of(
                                                "mfa-portal-testing-provider.jar",
                                                "mfa-portal-dev-gateway.jar"))
                                .toList());
    }

    @Test
    void everyProviderIsLoaded() {
        JsonNode info = server.admin().get("/admin/serverinfo").requireStatus(200).json();

        assertThat(
                        info.path("providers")
                                .path("authenticator")
                                .path("providers")
                                .has(TrustedNetworkConditionFactory.ID))
                .isTrue();
        assertThat(
                        info.path("providers")
                                .path("admin-realm-restapi-extension")
                                .path("providers")
                                .has(PortalAdminResourceProviderFactory.ID))
                .isTrue();
        assertThat(info.path("themes").path("login").findValuesAsText("name"))
                .contains("mfa-portal");
    }

    @Test
    void theDemoRealmsLoginPageWearsThePortalTheme() {
        try (var browser = server.browser()) {
            Page login = new DemoApp(server).startSignIn(browser);

            assertThat(login.showsForm("kc-form-login")).isTrue();
            assertThat(login.html().select("link[rel=stylesheet]").eachAttr("href"))
                    .anyMatch(href -> href.contains("/login/mfa-portal/css/mfa-portal.css"));
        }
    }

    private static List<String> jarNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jar"))
                    .toList();
        }
    }
}
