package org.mfaportal.push.firebase;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service-account credentials, one object per distinct JSON key. Google's library caches the access
 * token inside that object and fetches a new one (a JWT-bearer grant at the key's token_uri) when
 * it is about to expire, so the object is kept: a cache keyed by a hash of the key, not state (any
 * node rebuilds it from the same key; a changed key is another entry).
 */
final class ServiceAccounts {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** One per distinct key; a few realms, a few keys: a bound keeps stale ones from piling up. */
    private static final int MAX_KEYS = 100;

    /** A loaded key: its credentials and the project it belongs to. */
    record Account(GoogleCredentials credentials, String projectId) {}

    private final Map<String, Account> byKeyHash = new ConcurrentHashMap<>();

    /**
     * @throws IOException when the JSON is no service account key (the message names no secret)
     */
    Account of(byte[] json) throws IOException {
        String hash = sha256(json);
        Account known = byKeyHash.get(hash);
        if (known != null) {
            return known;
        }
        ServiceAccountCredentials loaded;
        try {
            loaded = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json));
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a service account's JSON key", null);
        }
        Account account = new Account(loaded.createScoped(List.of(SCOPE)), loaded.getProjectId());
        if (byKeyHash.size() >= MAX_KEYS) {
            byKeyHash.clear();
        }
        Account raced = byKeyHash.putIfAbsent(hash, account);
        return raced == null ? account : raced;
    }

    private static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
