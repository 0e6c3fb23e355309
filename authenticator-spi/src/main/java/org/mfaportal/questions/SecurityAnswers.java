package org.mfaportal.questions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.util.JsonSerialization;
import org.mfaportal.catalog.Method;

/**
 * A user's chosen questions and hashed answers: one "mfa-questions" credential, so the set is
 * replaced as a whole and the account console lists one entry. The question ids and each hash's
 * parameters are the credential's data; the hashes and salts its secret data. Answers are
 * normalised ({@link Answers}) and hashed with the realm's password hashing; never kept in clear.
 */
public final class SecurityAnswers {

    public static final String CREDENTIAL_TYPE = Method.QUESTIONS.credentialType();

    /**
     * Public part: the question ids in the order chosen, with each hash's algorithm and parameters.
     */
    public record Enrolled(List<EnrolledQuestion> questions) {}

    public record EnrolledQuestion(String id, String hashing) {}

    /** Secret part: per question id, the hash and salt (Keycloak's password secret data). */
    public record Hashes(Map<String, String> answers) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    public SecurityAnswers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public boolean has(UserModel user) {
        return stored(user).isPresent();
    }

    /** The ids of the user's questions, in the order they chose them; empty if not enrolled. */
    public List<String> questionIds(UserModel user) {
        return stored(user)
                .map(c -> enrolled(c).questions().stream().map(EnrolledQuestion::id).toList())
                .orElse(List.of());
    }

    /** Replaces the user's questions and answers (question id -> answer as typed). */
    public void enroll(UserModel user, Map<String, String> answersById) {
        List<EnrolledQuestion> questions = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        PasswordHashProvider hasher = hasher(realm.getPasswordPolicy().getHashAlgorithm());
        answersById.forEach(
                (id, answer) -> {
                    CredentialModel hashed = new CredentialModel();
                    hasher.encode(Answers.normalise(answer), -1, hashed);
                    questions.add(new EnrolledQuestion(id, hashed.getCredentialData()));
                    hashes.put(id, hashed.getSecretData());
                });
        CredentialModel credential = new CredentialModel();
        credential.setType(CREDENTIAL_TYPE);
        credential.setUserLabel("Security questions");
        credential.setCreatedDate(Time.currentTimeMillis());
        credential.setCredentialData(write(new Enrolled(questions)));
        credential.setSecretData(write(new Hashes(hashes)));
        stored(user)
                .ifPresent(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        user.credentialManager().createStoredCredential(credential);
    }

    /**
     * Whether the typed answer is the user's answer to the question (the hash provider's own
     * comparison).
     */
    public boolean matches(UserModel user, String questionId, String typed) {
        String answer = Answers.normalise(typed);
        if (answer.isEmpty()) {
            return false;
        }
        return stored(user)
                .map(
                        credential -> {
                            Optional<EnrolledQuestion> question =
                                    enrolled(credential).questions().stream()
                                            .filter(q -> q.id().equals(questionId))
                                            .findFirst();
                            String secret =
                                    read(credential.getSecretData(), Hashes.class)
                                            .answers()
                                            .get(questionId);
                            if (question.isEmpty() || secret == null) {
                                return false;
                            }
                            CredentialModel hashed = new CredentialModel();
                            hashed.setCredentialData(question.get().hashing());
                            hashed.setSecretData(secret);
                            String algorithm =
                                    PasswordCredentialModel.createFromCredentialModel(hashed)
                                            .getPasswordCredentialData()
                                            .getAlgorithm();
                            return hasher(algorithm).verify(answer, hashed);
                        })
                .orElse(false);
    }

    private Optional<CredentialModel> stored(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(CREDENTIAL_TYPE)
                .findFirst();
    }

    private static Enrolled enrolled(CredentialModel credential) {
        return read(credential.getCredentialData(), Enrolled.class);
    }

    /**
     * The realm's password hashing (its policy's algorithm, else Keycloak's default one), as for
     * PINs.
     */
    private PasswordHashProvider hasher(String algorithm) {
        PasswordHashProvider provider =
                algorithm == null
                        ? session.getProvider(PasswordHashProvider.class)
                        : session.getProvider(PasswordHashProvider.class, algorithm);
        if (provider == null) {
            throw new IllegalStateException("No password hashing provider '" + algorithm + "'");
        }
        return provider;
    }

    private static String write(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JsonSerialization.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + CREDENTIAL_TYPE + " credential", e);
        }
    }
}
