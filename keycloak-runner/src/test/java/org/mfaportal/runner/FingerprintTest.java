package org.mfaportal.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12.2: a JAR Maven wrote again with the same classes must not cost a kc.sh build. */
class FingerprintTest {

    @TempDir Path folder;

    @Test
    void aJarRewrittenWithNewTimestampsKeepsItsFingerprint() throws IOException {
        Path first = jar(folder.resolve("a/providers.jar"), "class-bytes", 1_000_000L);
        Path again = jar(folder.resolve("b/providers.jar"), "class-bytes", 2_000_000_000L);

        assertThat(Files.mismatch(first, again)).as("the files' bytes differ").isNotEqualTo(-1L);
        assertThat(KeycloakDistribution.Fingerprint.of(List.of(again), List.of()))
                .isEqualTo(KeycloakDistribution.Fingerprint.of(List.of(first), List.of()));
    }

    @Test
    void aChangedClassOrBuildOptionChangesTheFingerprint() throws IOException {
        Path first = jar(folder.resolve("a/providers.jar"), "class-bytes", 1_000_000L);
        Path changed = jar(folder.resolve("b/providers.jar"), "other-bytes", 1_000_000L);
        String original =
                KeycloakDistribution.Fingerprint.of(List.of(first), List.of("--db=dev-file"));

        assertThat(KeycloakDistribution.Fingerprint.of(List.of(changed), List.of("--db=dev-file")))
                .isNotEqualTo(original);
        assertThat(KeycloakDistribution.Fingerprint.of(List.of(first), List.of("--db=postgres")))
                .isNotEqualTo(original);
    }

    private static Path jar(Path file, String content, long modifiedMillis) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("org/example/Provider.class");
            entry.setLastModifiedTime(FileTime.fromMillis(modifiedMillis));
            out.putNextEntry(entry);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }
}
