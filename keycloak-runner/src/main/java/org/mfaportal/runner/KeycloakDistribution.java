package org.mfaportal.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak server distribution unpacked on disk, prepared the way an operator would: providers
 * copied into providers/, then kc.sh build. Each step is skipped when its inputs did not change, so
 * a second start costs only the server's own start.
 */
public final class KeycloakDistribution {

    private static final String UNPACKED_MARKER = ".mfa-portal-unpacked";
    private static final String BUILT_MARKER = ".mfa-portal-built";

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    /** Unpacks the distribution zip into workDir (once per zip), returning the server's home. */
    public static KeycloakDistribution unpack(Path zip, Path workDir) throws IOException {
        String zipFingerprint = Fingerprint.of(List.of(zip), List.of());
        Path marker = workDir.resolve(UNPACKED_MARKER);
        Path home = findHome(workDir);
        if (home != null
                && Files.isRegularFile(marker)
                && Files.readString(marker).equals(zipFingerprint)) {
            return new KeycloakDistribution(home);
        }
        Files.createDirectories(workDir);
        deleteTree(workDir);
        Files.createDirectories(workDir);
        unzip(zip, workDir);
        Files.writeString(marker, zipFingerprint);
        return new KeycloakDistribution(findHome(workDir));
    }

    /**
     * Makes providers/ hold exactly these JARs. A JAR whose content is unchanged is left alone,
     * even when Maven wrote it again with new timestamps: kc.sh refuses an optimized start when a
     * provider file is newer than the last build.
     */
    public void installProviders(List<Path> jars) throws IOException {
        Path providers = home.resolve("providers");
        List<Path> wanted = jars.stream().map(jar -> providers.resolve(jar.getFileName())).toList();
        try (Stream<Path> existing = Files.list(providers)) {
            for (Path old :
                    existing.filter(p -> p.toString().endsWith(".jar") && !wanted.contains(p))
                            .toList()) {
                Files.delete(old);
            }
        }
        for (Path jar : jars) {
            Path installed = providers.resolve(jar.getFileName());
            if (!Files.exists(installed) || !sameContent(jar, installed)) {
                Files.copy(jar, installed, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static boolean sameContent(Path jar, Path installed) {
        return Fingerprint.of(List.of(jar), List.of())
                .equals(Fingerprint.of(List.of(installed), List.of()));
    }

    /** Runs kc.sh build when the providers or the build options changed since the last build. */
    public void buildIfChanged(List<String> buildOptions, Path log)
            throws IOException, InterruptedException {
        List<Path> providers;
        try (Stream<Path> files = Files.list(home.resolve("providers"))) {
            providers = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        String fingerprint = Fingerprint.of(providers, buildOptions);
        Path marker = home.resolve(BUILT_MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(fingerprint)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(kcScript().toString(), "build"));
        command.addAll(buildOptions);
        Process build =
                new ProcessBuilder(command)
                        .directory(home.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException(
                    "kc.sh build failed; see " + log + ":\n" + KeycloakProcess.tail(log));
        }
        Files.writeString(marker, fingerprint);
    }

    /** Starts the built server with "start --optimized" and the given runtime options. */
    public KeycloakProcess start(
            List<String> runtimeOptions, Map<String, String> environment, Path log)
            throws IOException {
        List<String> command =
                new ArrayList<>(List.of(kcScript().toString(), "start", "--optimized"));
        command.addAll(runtimeOptions);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(log.toFile());
        }
        builder.environment().putAll(environment);
        return new KeycloakProcess(builder.start(), log);
    }

    /** Makes this realm export the only one that --import-realm finds. */
    public void stageRealmImport(Path realmJson) throws IOException {
        Path imports = home.resolve("data").resolve("import");
        deleteTree(imports);
        Files.createDirectories(imports);
        Files.copy(
                realmJson,
                imports.resolve(realmJson.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the embedded H2 database, so that the next start imports the realm afresh. */
    public void wipeDatabase() throws IOException {
        deleteTree(home.resolve("data").resolve("h2"));
    }

    private Path kcScript() {
        return home.resolve("bin").resolve("kc.sh");
    }

    private static Path findHome(Path workDir) throws IOException {
        if (!Files.isDirectory(workDir)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(workDir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("bin").resolve("kc.sh")))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException(
                            "zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (target.toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (!path.equals(root) || !Files.isDirectory(path)) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * SHA-256 over file names, contents and options: what decides whether work must be redone. A
     * JAR counts by its entries' names and contents, not its bytes: every Maven build writes new
     * entry timestamps into the same classes, which made each ./run and test run repeat kc.sh build
     * (issue 12.2).
     */
    static final class Fingerprint {

        private Fingerprint() {}

        static String of(List<Path> files, List<String> options) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Path file : files) {
                    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    if (file.getFileName().toString().endsWith(".jar")) {
                        digestJarEntries(file, digest);
                    } else {
                        try (InputStream in = Files.newInputStream(file)) {
                            digestStream(in, digest);
                        }
                    }
                }
                for (String option : options) {
                    digest.update(option.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Entries in name order, each as its name and the digest of its content; timestamps are
         * left out.
         */
        private static void digestJarEntries(Path jar, MessageDigest digest)
                throws IOException, NoSuchAlgorithmException {
            SortedMap<String, byte[]> entries = new TreeMap<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    MessageDigest content = MessageDigest.getInstance("SHA-256");
                    digestStream(in, content);
                    entries.put(entry.getName(), content.digest());
                }
            }
            entries.forEach(
                    (name, content) -> {
                        digest.update(name.getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        digest.update(content);
                    });
        }

        private static void digestStream(InputStream in, MessageDigest digest) throws IOException {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }
}
