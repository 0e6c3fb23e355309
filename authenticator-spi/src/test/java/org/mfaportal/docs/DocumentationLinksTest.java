package org.mfaportal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a front door to docs/: every relative link in it and in docs/ must lead somewhere.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
        List<String> broken = new ArrayList<>();
        for (Path file : ProjectDocs.markdownFiles()) {
            for (String line : ProjectDocs.proseLines(file)) {
                Matcher matcher = LINK.matcher(line);
                while (matcher.find()) {
                    String problem = problem(file, matcher.group(1));
                    if (problem != null) {
                        broken.add(
                                ProjectDocs.root().relativize(file)
                                        + ": "
                                        + matcher.group(1)
                                        + " "
                                        + problem);
                    }
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void theReadmeLinksEveryDocument() {
        List<String> readme = ProjectDocs.read(ProjectDocs.root().resolve("README.md"));
        List<String> unlinked = new ArrayList<>();
        List<Path> files = ProjectDocs.markdownFiles();
        for (Path file : files.subList(1, files.size())) {
            String link = "(docs/" + file.getFileName();
            if (readme.stream()
                    .noneMatch(line -> line.contains(link + ")") || line.contains(link + "#"))) {
                unlinked.add("docs/" + file.getFileName());
            }
        }
        assertThat(unlinked).as("documents the README does not link").isEmpty();
    }

    /**
     * Why a link from {@code file} does not resolve, or null when it does (web links are not
     * checked).
     */
    private static String problem(Path file, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(linked)) {
            return "names no file";
        }
        if (anchor != null
                && linked.toString().endsWith(".md")
                && !anchors(linked).contains(anchor)) {
            return "names no heading of " + linked.getFileName();
        }
        return null;
    }

    /**
     * GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped, spaces as
     * hyphens.
     */
    private static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        for (String line : ProjectDocs.proseLines(file)) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
