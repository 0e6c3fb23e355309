package org.mfaportal.oath;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.jpa.entities.CredentialEntity;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The otp credential rows of the token inventory, read and written with Keycloak's own JPA
 * entities. Keycloak's credential manager reads every credential of a user for each single create
 * (to order it and refuse a duplicate label) and each remove (to renumber the rest), so an
 * inventory of thousands of tokens on one holder made imports and deletions quadratic (issue 11.8).
 * Here a lookup is one query, an import one insert per token, a deletion one statement per 500 ids.
 * Labels are compared lower-cased. After each write the holder's cached credentials are evicted (on
 * every node).
 */
final class CredentialRows {

    /** Keycloak's step between the priorities of a user's credentials (JpaUserCredentialStore). */
    private static final int PRIORITY_STEP = 10;

    /** Bind parameters per statement, well below every supported database's limit. */
    private static final int CHUNK = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    CredentialRows(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    /** The lower-cased labels of the user's otp credentials. */
    Set<String> otpLabels(UserModel user) {
        return new HashSet<>(
                em.createQuery(
                                "select lower(c.userLabel) from CredentialEntity c"
                                        + " where c.user.id = :user and c.type = :type",
                                String.class)
                        .setParameter("user", user.getId())
                        .setParameter("type", OTPCredentialModel.TYPE)
                        .getResultList());
    }

    /** The user's otp credential with this label, whatever its case. */
    Optional<CredentialModel> otpByLabel(UserModel user, String label) {
        return em
                .createQuery(
                        "select c from CredentialEntity c where c.user.id = :user and c.type = :type"
                                + " and lower(c.userLabel) = :label",
                        CredentialEntity.class)
                .setParameter("user", user.getId())
                .setParameter("type", OTPCredentialModel.TYPE)
                .setParameter("label", key(label))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(CredentialRows::model);
    }

    /**
     * Lower-cased values of the user attribute {@code attribute} in this realm that an otp
     * credential of the same user carries as its label; {@code onlyValue} (nullable) narrows it to
     * one value.
     */
    Set<String> attributesMatchingOtpLabels(String attribute, String onlyValue) {
        var query =
                em.createQuery(
                                "select lower(a.value) from UserAttributeEntity a, CredentialEntity c"
                                        + " where a.name = :name and a.user.realmId = :realm and c.user = a.user and c.type = :type"
                                        + " and lower(c.userLabel) = lower(a.value)"
                                        + (onlyValue == null ? "" : " and lower(a.value) = :value"),
                                String.class)
                        .setParameter("name", attribute)
                        .setParameter("realm", realm.getId())
                        .setParameter("type", OTPCredentialModel.TYPE);
        if (onlyValue != null) {
            query.setParameter("value", key(onlyValue));
        }
        return new HashSet<>(query.getResultList());
    }

    /** Stores the credentials on the user, after the user's others. */
    void insert(UserModel user, List<CredentialModel> credentials) {
        Integer last =
                em.createQuery(
                                "select max(c.priority) from CredentialEntity c where c.user.id = :user",
                                Integer.class)
                        .setParameter("user", user.getId())
                        .getSingleResult();
        int priority = last == null ? 0 : last;
        UserEntity owner = em.getReference(UserEntity.class, user.getId());
        for (CredentialModel credential : credentials) {
            CredentialEntity row = new CredentialEntity();
            row.setId(KeycloakModelUtils.generateId());
            row.setUser(owner);
            row.setType(credential.getType());
            row.setUserLabel(credential.getUserLabel());
            row.setCreatedDate(credential.getCreatedDate());
            row.setCredentialData(credential.getCredentialData());
            row.setSecretData(credential.getSecretData());
            priority += PRIORITY_STEP;
            row.setPriority(priority);
            em.persist(row);
        }
        em.flush();
        evict(user);
    }

    /**
     * One page of the user's otp credentials whose label contains {@code search} (any case; null or
     * blank for all), ordered by label.
     */
    List<CredentialModel> otpPage(UserModel user, String search, int first, int max) {
        boolean filtered = search != null && !search.isBlank();
        var query =
                em.createQuery(
                                "select c from CredentialEntity c where c.user.id = :user and c.type = :type"
                                        + (filtered
                                                ? " and lower(c.userLabel) like :pattern escape '!'"
                                                : "")
                                        + " order by lower(c.userLabel), c.id",
                                CredentialEntity.class)
                        .setParameter("user", user.getId())
                        .setParameter("type", OTPCredentialModel.TYPE);
        if (filtered) {
            query.setParameter("pattern", "%" + likeLiteral(key(search.strip())) + "%");
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(CredentialRows::model)
                .toList();
    }

    /** The text as a LIKE pattern matching only itself ('!' escapes). */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The ids of the user's otp credentials by lower-cased label, in one query. */
    Map<String, String> otpIdsByLabel(UserModel user) {
        Map<String, String> ids = new HashMap<>();
        em.createQuery(
                        "select lower(c.userLabel), c.id from CredentialEntity c where c.user.id = :user and c.type = :type",
                        Object[].class)
                .setParameter("user", user.getId())
                .setParameter("type", OTPCredentialModel.TYPE)
                .getResultList()
                .forEach(row -> ids.put((String) row[0], (String) row[1]));
        return ids;
    }

    /** Deletes these credentials of the user (ids from {@link #otpIdsByLabel}) by primary key. */
    int delete(UserModel user, Collection<String> credentialIds) {
        List<String> ids = List.copyOf(credentialIds);
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // By primary key alone: with the user's id in the condition, a database may walk the
            // user's index instead.
            deleted +=
                    em.createQuery("delete from CredentialEntity c where c.id in :ids")
                            .setParameter(
                                    "ids",
                                    new ArrayList<>(
                                            ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                            .executeUpdate();
        }
        evict(user);
        return deleted;
    }

    private void evict(UserModel user) {
        UserCache cache = session.getProvider(UserCache.class);
        if (cache != null) {
            cache.evict(realm, user);
        }
    }

    private static CredentialModel model(CredentialEntity row) {
        CredentialModel model = new CredentialModel();
        model.setId(row.getId());
        model.setType(row.getType());
        model.setUserLabel(row.getUserLabel());
        model.setCreatedDate(row.getCreatedDate());
        model.setCredentialData(row.getCredentialData());
        model.setSecretData(row.getSecretData());
        return model;
    }
}
