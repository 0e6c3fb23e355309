package org.mfaportal.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's Markdown documentation (README.md and docs/), found from wherever the tests run.
 */
final class ProjectDocs {

    private ProjectDocs() {}

    /** The checkout's root: the first directory upwards that holds README.md and docs/. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md"))
                    && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no README.md with a docs/ folder above " + Path.of("").toAbsolutePath());
    }

    static Path docs() {
        return root().resolve("docs");
    }

    /** README.md and every docs/*.md. */
    static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>();
        files.add(root().resolve("README.md"));
        try (Stream<Path> docs = Files.list(docs())) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * A file's lines outside fenced code blocks (where "[x](y)" or "| a |" is code, not Markdown).
     */
    static List<String> proseLines(Path file) {
        List<String> prose = new ArrayList<>();
        boolean inCode = false;
        for (String line : read(file)) {
            if (line.stripLeading().startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                prose.add(line);
            }
        }
        return prose;
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
