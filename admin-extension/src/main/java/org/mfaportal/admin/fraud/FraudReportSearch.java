package org.mfaportal.admin.fraud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.keycloak.events.Event;
import org.keycloak.events.EventQuery;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.fraud.FraudReports;

/**
 * Fraud reports from Keycloak's event store. The store filters by type, user and time but not by
 * error, so the LOGIN_ERROR events of the range are read newest first in batches and the reports
 * picked out; at most {@link #SCAN_LIMIT} events are read per request, and the answer says so when
 * the limit stopped it (narrow the days or name the user).
 */
final class FraudReportSearch {

    static final int SCAN_LIMIT = 5_000;
    private static final int BATCH = 500;

    /**
     * One page of reports; more: a next page exists; scanLimitReached: the search stopped early.
     */
    record Page(List<FraudReport> reports, boolean more, boolean scanLimitReached) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Predicate<UserModel> visible;

    /** visible: whether the administrator may see reports about this user. */
    FraudReportSearch(KeycloakSession session, RealmModel realm, Predicate<UserModel> visible) {
        this.session = session;
        this.realm = realm;
        this.visible = visible;
    }

    Page find(FraudQuery query, Optional<UserModel> user) {
        Map<String, Optional<UserModel>> users = new HashMap<>();
        List<FraudReport> page = new ArrayList<>();
        int skipped = 0;
        int read = 0;
        while (read < SCAN_LIMIT) {
            List<Event> batch =
                    base(query, user)
                            .firstResult(read)
                            .maxResults(BATCH)
                            .getResultStream()
                            .toList();
            for (Event event : batch) {
                read++;
                if (!FraudReports.isReport(event)) {
                    continue;
                }
                Optional<UserModel> reporter =
                        users.computeIfAbsent(
                                event.getUserId(),
                                id ->
                                        Optional.ofNullable(
                                                id == null
                                                        ? null
                                                        : session.users().getUserById(realm, id)));
                if (reporter.isEmpty() || !visible.test(reporter.get())) {
                    continue;
                }
                if (skipped < query.first()) {
                    skipped++;
                } else if (page.size() < query.max()) {
                    page.add(FraudReport.of(event, reporter.get()));
                } else {
                    return new Page(page, true, false);
                }
            }
            if (batch.size() < BATCH) {
                return new Page(page, false, false);
            }
        }
        return new Page(page, false, true);
    }

    private EventQuery base(FraudQuery query, Optional<UserModel> user) {
        EventQuery events =
                session.getProvider(EventStoreProvider.class)
                        .createQuery()
                        .realm(realm.getId())
                        .type(EventType.LOGIN_ERROR)
                        .orderByDescTime();
        user.ifPresent(u -> events.user(u.getId()));
        if (query.fromMillis() != null) {
            events.fromDate(query.fromMillis());
        }
        if (query.toMillis() != null) {
            // Keycloak's toDate is inclusive; the query's end is the start of the next day.
            events.toDate(query.toMillis() - 1);
        }
        return events;
    }
}
