package org.mfaportal.questions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;
import org.mfaportal.settings.PortalSetting;

/**
 * Where a realm's catalog lives: one realm attribute holding its JSON (cluster-wide, and carried by
 * realm export and import like the portal settings). A realm without one uses the catalog shipped
 * with the portal in English, German, French, Spanish and Japanese.
 */
public final class QuestionCatalogs {

    /** The realm attribute of the catalog, beside the portal settings. */
    public static final String ATTRIBUTE = PortalSetting.ATTRIBUTE_PREFIX + "questionCatalog";

    private static final String DEFAULT_RESOURCE = "default-catalog.json";
    private static final Logger LOG = Logger.getLogger(QuestionCatalogs.class);

    private QuestionCatalogs() {}

    /**
     * The realm's catalog; the shipped one when it has none, or when the stored one is broken
     * (logged).
     */
    public static QuestionCatalog of(RealmModel realm) {
        String stored = realm.getAttribute(ATTRIBUTE);
        if (stored == null || stored.isBlank()) {
            return shipped();
        }
        try {
            return QuestionCatalog.parse(JsonSerialization.readValue(stored, JsonNode.class), 0);
        } catch (InvalidCatalogException | IOException e) {
            LOG.warnf(
                    "Ignoring the stored question catalog of realm %s, using the shipped one: %s",
                    realm.getName(), e.getMessage());
            return shipped();
        }
    }

    public static boolean isCustomised(RealmModel realm) {
        String stored = realm.getAttribute(ATTRIBUTE);
        return stored != null && !stored.isBlank();
    }

    public static void store(RealmModel realm, QuestionCatalog catalog) {
        try {
            realm.setAttribute(ATTRIBUTE, JsonSerialization.writeValueAsString(catalog.asJson()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog shipped with the portal (immutable, read once). */
    public static QuestionCatalog shipped() {
        return Shipped.CATALOG;
    }

    private static final class Shipped {
        static final QuestionCatalog CATALOG = load();
    }

    private static QuestionCatalog load() {
        try (InputStream in = QuestionCatalogs.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return QuestionCatalog.parse(JsonSerialization.readValue(in, JsonNode.class), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCatalogException e) {
            throw new IllegalStateException(
                    "the shipped question catalog is invalid: " + e.getMessage(), e);
        }
    }
}
