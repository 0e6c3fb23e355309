package org.mfaportal.it.cost;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.waiting.TicketPoll;
import org.mfaportal.waiting.Tickets;

/**
 * What one request costs Keycloak when it does almost nothing: the floor under every request a
 * sign-in sends (the browser's, a gateway's webhook, the phone app's, a page's poll). Measured in
 * the same rounds as the sign-ins, so under the same load.
 */
final class SingleRequests {

    /** A request and the status it must get: a floor of errors would measure the wrong thing. */
    private record Probe(String url, int status) {}

    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<String, double[]> cpuAndCount = new LinkedHashMap<>();
    private final ProcessCpu cpu;
    private final KeycloakServer server;

    SingleRequests(KeycloakServer server, ProcessCpu cpu) {
        this.server = server;
        this.cpu = cpu;
        probes.put(
                "Keycloak's OIDC discovery document",
                new Probe(server.realmUrl() + "/.well-known/openid-configuration", 200));
        // A well-formed ticket id that was never issued: the poll reads the store and says GONE.
        probes.put(
                "a waiting page's poll (unknown ticket)",
                new Probe(
                        server.realmUrl()
                                + "/"
                                + TicketPoll.ROOT
                                + "/"
                                + TicketPoll.PATH.replace("{ticket}", Tickets.newId()),
                        200));
        probes.keySet().forEach(name -> cpuAndCount.put(name, new double[2]));
    }

    /** Sends each probe {@code count} times on one connection; counts only when measured. */
    void round(int count, boolean measured) {
        try (Browser browser = server.browser().header("Accept", "application/json")) {
            probes.forEach(
                    (name, probe) -> {
                        double before = cpu.millis();
                        for (int i = 0; i < count; i++) {
                            Page page = browser.open(probe.url());
                            if (page.status() != probe.status()) {
                                throw new IllegalStateException(
                                        name + ": HTTP " + page.status() + " " + page.body());
                            }
                        }
                        if (measured) {
                            double[] totals = cpuAndCount.get(name);
                            totals[0] += cpu.millis() - before;
                            totals[1] += count;
                        }
                    });
        }
    }

    /** CPU ms per request of each probe. */
    Map<String, Double> perRequest() {
        Map<String, Double> result = new LinkedHashMap<>();
        cpuAndCount.forEach(
                (name, totals) -> result.put(name, totals[1] == 0 ? 0 : totals[0] / totals[1]));
        return result;
    }
}
