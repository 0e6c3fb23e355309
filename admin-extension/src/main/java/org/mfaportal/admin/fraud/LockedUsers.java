package org.mfaportal.admin.fraud;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.flow.FraudBlock;
import org.mfaportal.voice.CallLock;

/**
 * The users locked now, without reading every user. Keycloak has no "locked users" query, so each
 * kind of lock is found where it can be searched, and every candidate is then confirmed against the
 * lock itself:
 *
 * <ul>
 *   <li>calls locked by a fraud report: the user attribute CallLock sets with the lock;
 *   <li>second step blocked after a fraud report: the user attribute FraudBlock sets;
 *   <li>Keycloak's brute-force lock: its failure records cannot be listed, so the candidates are
 *       the users of its lockout events (USER_DISABLED_BY_TEMPORARY_LOCKOUT / _PERMANENT_LOCKOUT,
 *       saved by default while the realm stores events), newest first, plus those Keycloak marked
 *       permanently locked (attribute disabledReason); the protector itself confirms each.
 * </ul>
 *
 * Each source is bounded ({@link #PER_SOURCE}); only users the administrator may view are listed.
 */
final class LockedUsers {

    static final int PER_SOURCE = 500;
    private static final int LOCKOUT_EVENTS = 2_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;

    LockedUsers(KeycloakSession session, RealmModel realm, PortalAdminAccess access) {
        this.session = session;
        this.realm = realm;
        this.access = access;
    }

    List<LockedUser> list() {
        Map<String, UserModel> candidates = new LinkedHashMap<>();
        Stream.of(
                        CallLock.lockedUsers(session, realm).limit(PER_SOURCE),
                        // Ended blocks keep their marker until lifted: skip them before the limit.
                        FraudBlock.recorded(session, realm)
                                .filter(FraudBlock::blocked)
                                .limit(PER_SOURCE),
                        bruteForceCandidates())
                .flatMap(s -> s)
                .forEach(user -> candidates.putIfAbsent(user.getId(), user));
        return candidates.values().stream()
                .filter(user -> access.keycloak().users().canView(user))
                .map(this::describe)
                .filter(
                        locked ->
                                locked.callsLocked()
                                        || locked.fraudBlockedUntil() != null
                                        || locked.bruteForce() != null)
                .sorted(Comparator.comparing(LockedUser::username))
                .toList();
    }

    private Stream<UserModel> bruteForceCandidates() {
        if (!realm.isBruteForceProtected()) {
            return Stream.empty();
        }
        Stream<UserModel> permanent =
                session.users()
                        .searchForUserByUserAttributeStream(
                                realm,
                                UserModel.DISABLED_REASON,
                                BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT)
                        .limit(PER_SOURCE);
        Stream<UserModel> recent =
                session.getProvider(EventStoreProvider.class)
                        .createQuery()
                        .realm(realm.getId())
                        .type(
                                EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT,
                                EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT)
                        .orderByDescTime()
                        .maxResults(LOCKOUT_EVENTS)
                        .getResultStream()
                        .map(Event::getUserId)
                        .filter(id -> id != null)
                        .distinct()
                        .limit(PER_SOURCE)
                        .map(id -> session.users().getUserById(realm, id))
                        .filter(user -> user != null);
        return Stream.concat(permanent, recent);
    }

    private LockedUser describe(UserModel user) {
        String bruteForce =
                AuthenticatorUtils.getDisabledByBruteForceEventError(
                        session.getProvider(BruteForceProtector.class), session, realm, user);
        return new LockedUser(
                user.getId(),
                user.getUsername(),
                CallLock.locked(user),
                FraudBlock.blocked(user) ? FraudBlock.until(user).orElse(null) : null,
                bruteForce == null
                        ? null
                        : Errors.USER_TEMPORARILY_DISABLED.equals(bruteForce)
                                ? "temporary"
                                : "permanent",
                access.canManageSecondFactors(user),
                access.keycloak().users().canManage(user));
    }
}
