package org.mfaportal.it.kit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The realm's portal settings changed for the length of a try-with-resources block (or from a
 * test's {@code @BeforeEach} to its {@code @AfterEach}). Opening reads every setting; closing puts
 * back each one that differs by then, whoever changed it inside the scope, so a test leaves the
 * shared realm as it found it even when it fails half-way. Get one from {@link
 * KeycloakServer#portalSettings}.
 */
public final class PortalSettingsScope implements AutoCloseable {

    private final AdminClient admin;
    private final String realm;
    private final Map<String, Object> before;

    PortalSettingsScope(AdminClient admin, String realm, Map<String, ?> changes) {
        this.admin = admin;
        this.realm = realm;
        this.before = admin.portalSettings(realm);
        if (!changes.isEmpty()) {
            admin.updatePortalSettings(realm, changes).requireStatus(200);
        }
    }

    /** Changes more settings inside the scope; closing puts them back too. */
    public PortalSettingsScope change(Map<String, ?> changes) {
        admin.updatePortalSettings(realm, changes).requireStatus(200);
        return this;
    }

    @Override
    public void close() {
        Map<String, Object> now = admin.portalSettings(realm);
        Map<String, Object> restore = new LinkedHashMap<>();
        before.forEach(
                (key, value) -> {
                    if (!Objects.equals(value, now.get(key))) {
                        restore.put(key, value);
                    }
                });
        if (!restore.isEmpty()) {
            admin.updatePortalSettings(realm, restore).requireStatus(200);
        }
    }
}
