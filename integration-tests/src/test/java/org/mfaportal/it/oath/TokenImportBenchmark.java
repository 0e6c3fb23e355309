package org.mfaportal.it.oath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * Not a test: prints how long an admin's bulk import and deletion of hardware tokens take through
 * the admin REST API on the real server, for 1,000, 3,000 and 10,000 tokens in one request each,
 * and for 10,000 more while 10,000 are already waiting (a lookup that scanned the inventory would
 * show there). Run it on its own: {@code ./mvnw -B -ntp verify -pl integration-tests -am
 * -Dit.test=TokenImportBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(KeycloakServer.Extension.class)
class TokenImportBenchmark {

    private static final String TOKENS =
            "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/oath/tokens";

    @Test
    void printImportAndDeletionSeconds(KeycloakServer server) {
        AdminClient admin = server.admin();
        List<String> warmUp = batch(200); // JIT, connection pool, the inventory's holder
        importTokens(admin, warmUp);
        deleteTokens(admin, warmUp);
        StringBuilder table =
                new StringBuilder(
                        String.format(
                                "%n%-34s %10s %10s %14s%n",
                                "tokens (one request each)",
                                "import s",
                                "delete s",
                                "import µs/tok"));
        for (int size : new int[] {1_000, 3_000, 10_000}) {
            List<String> serials = batch(size);
            double imported = importTokens(admin, serials);
            double deleted = deleteTokens(admin, serials);
            table.append(row(String.format("%,d", size), size, imported, deleted));
        }
        List<String> waiting = batch(10_000);
        importTokens(admin, waiting);
        List<String> more = batch(10_000);
        double imported = importTokens(admin, more);
        List<String> all = new ArrayList<>(waiting);
        all.addAll(more);
        double deleted = deleteTokens(admin, all);
        table.append(row("10,000 more onto 10,000 waiting", 10_000, imported, Double.NaN));
        table.append(
                String.format("%-34s %10s %10.1f%n", "(then all 20,000 deleted)", "", deleted));
        System.out.println(table);
    }

    private static String row(String label, int size, double imported, double deleted) {
        return String.format(
                "%-34s %10.1f %10s %14.0f%n",
                label,
                imported,
                Double.isNaN(deleted) ? "" : String.format("%.1f", deleted),
                imported * 1e6 / size);
    }

    /** Fresh serials, none known to the realm. */
    private static List<String> batch(int size) {
        String prefix = "BENCH-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> serials = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            serials.add(prefix + i);
        }
        return serials;
    }

    private static double importTokens(AdminClient admin, List<String> serials) {
        StringBuilder csv = new StringBuilder("serial,secret,type,digits,period\n");
        for (String serial : serials) {
            csv.append(serial).append(',').append(new HardwareToken().hex()).append(",totp,6,30\n");
        }
        long start = System.nanoTime();
        AdminClient.Reply reply =
                admin.post(TOKENS, Map.of("format", "csv", "content", csv.toString()))
                        .requireStatus(200);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (reply.json().get("imported").asInt() != serials.size()) {
            throw new IllegalStateException(
                    "imported " + reply.json().get("imported") + " of " + serials.size());
        }
        return seconds;
    }

    private static double deleteTokens(AdminClient admin, List<String> serials) {
        long start = System.nanoTime();
        AdminClient.Reply reply =
                admin.post(TOKENS + "/removal", Map.of("serials", serials)).requireStatus(200);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (reply.json().get("removed").asInt() != serials.size()) {
            throw new IllegalStateException(
                    "removed " + reply.json().get("removed") + " of " + serials.size());
        }
        return seconds;
    }
}
