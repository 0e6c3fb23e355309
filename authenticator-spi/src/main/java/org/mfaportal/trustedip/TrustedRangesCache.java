package org.mfaportal.trustedip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.mfaportal.network.AddressRanges;
import org.mfaportal.settings.AddressRangesType;

/**
 * The parsed trusted ranges of each realm on this node. Only a memo of the realm's own setting: it
 * is rebuilt whenever the stored text differs, so every node of a cluster agrees with the database.
 */
final class TrustedRangesCache {

    private static final Logger LOG = Logger.getLogger(TrustedRangesCache.class);

    private record Parsed(String stored, AddressRanges ranges) {}

    private final Map<String, Parsed> byRealm = new ConcurrentHashMap<>();

    AddressRanges rangesOf(String realmId, String stored) {
        String text = stored == null ? "" : stored;
        Parsed parsed = byRealm.get(realmId);
        if (parsed == null || !parsed.stored().equals(text)) {
            parsed = new Parsed(text, parse(realmId, text));
            byRealm.put(realmId, parsed);
        }
        return parsed.ranges();
    }

    void forget(String realmId) {
        byRealm.remove(realmId);
    }

    private static AddressRanges parse(String realmId, String text) {
        try {
            return AddressRanges.parse(AddressRangesType.split(text));
        } catch (IllegalArgumentException e) {
            // Stored without the admin API's checks (e.g. an edited export): trust nobody rather
            // than guess.
            LOG.warnf(
                    "Realm %s: trusted ranges ignored, none trusted: %s", realmId, e.getMessage());
            return AddressRanges.none();
        }
    }
}
