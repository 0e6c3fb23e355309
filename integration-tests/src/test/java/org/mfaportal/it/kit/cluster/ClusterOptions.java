package org.mfaportal.it.kit.cluster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The kc.sh options of a cluster node, as docs/cluster.md and docker/compose.yaml give them to
 * operators.
 */
final class ClusterOptions {

    /**
     * kc.sh build, once per node folder: PostgreSQL, and the dev phone gateway so that the virtual
     * phone page shows what either node sent (a provider choice is a build option).
     */
    static final List<String> BUILD =
            List.of("--db=postgres", "--spi-mfa-phone-gateway--provider=dev");

    private ClusterOptions() {}

    /**
     * kc.sh start --optimized: the shared database, Infinispan's embedded cluster on loopback
     * (discovery: Keycloak's default JDBC-ping through that database), and the balancer's address
     * as the public URL of every page, link and webhook. The balancer is the only trusted proxy.
     */
    static List<String> node(
            int httpPort,
            int managementPort,
            int clusterPort,
            String jdbcUrl,
            URI balancer,
            boolean importRealm) {
        List<String> options =
                new ArrayList<>(
                        List.of(
                                "--http-enabled=true",
                                "--http-port=" + httpPort,
                                "--http-management-port=" + managementPort,
                                "--hostname=" + balancer,
                                "--proxy-headers=xforwarded",
                                "--proxy-trusted-addresses=127.0.0.1",
                                "--db-url=" + jdbcUrl,
                                "--db-username=" + Postgres.USER,
                                "--db-password=unused-trust-auth",
                                "--cache=ispn",
                                "--cache-embedded-network-bind-address=127.0.0.1",
                                "--cache-embedded-network-bind-port=" + clusterPort,
                                "--spi-mfa-phone-gateway--dev--public-url=" + balancer + "/"));
        if (importRealm) {
            options.add("--import-realm");
        }
        return options;
    }
}
