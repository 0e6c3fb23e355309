package org.mfaportal.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./run gives master the admin theme the demo realm's export names, so the two cannot drift. */
class MasterAdminThemeTest {

    @TempDir Path folder;

    @Test
    void theDemoExportsAdminThemeIsThePortals() throws IOException {
        Path export = Path.of("..", "realm-export", "mfa-demo-realm.json");

        assertThat(MasterAdminTheme.ofExport(export).theme()).isEqualTo("mfa-portal");
    }

    @Test
    void anExportWithoutAdminThemeIsRefused() throws IOException {
        Path export = Files.writeString(folder.resolve("realm.json"), "{\"realm\":\"x\"}");

        assertThatThrownBy(() -> MasterAdminTheme.ofExport(export))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("adminTheme");
    }
}
