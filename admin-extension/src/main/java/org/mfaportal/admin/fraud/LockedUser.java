package org.mfaportal.admin.fraud;

/**
 * A user with at least one lock: phone calls locked by a fraud report, the second step blocked
 * after a fraud report (until fraudBlockedUntil, epoch seconds), or Keycloak's brute-force lock
 * ("temporary" or "permanent"). The can... fields say which unlock buttons will work for the
 * signed-in administrator: ours need manage-second-factors on the user, Keycloak's brute-force
 * reset needs Keycloak's own right to manage the user.
 */
public record LockedUser(
        String id,
        String username,
        boolean callsLocked,
        Long fraudBlockedUntil,
        String bruteForce,
        boolean canUnlock,
        boolean canClearBruteForce) {}
