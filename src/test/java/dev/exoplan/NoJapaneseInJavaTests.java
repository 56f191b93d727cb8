package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Every sentence exoplan writes lives in the bundles: no Java file under {@code src/main} holds a
 * Japanese character (hiragana, katakana or kanji). Japanese words a check matches against a sheet
 * are written as {@code \\u} escapes.
 */
class NoJapaneseInJavaTests {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

    /**
     * The files whose Japanese has not moved into the bundles yet (issue 12); this list only shrinks.
     * Paths relative to {@code src/main/java/dev/exoplan}; a file the lead moves into a sub-package of
     * {@code io} is still known by its name.
     */
    private static final Set<String> NOT_YET_CONVERTED = Set.of(
            "SheetDecoder.java");

    private static Set<String> withJapanese() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (JAPANESE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    found.add(file.getFileName().toString());
                }
            }
        }
        return found;
    }

    @Test
    void onlyFilesNotYetConverted_holdJapanese() throws IOException {
        Set<String> unexpected = new TreeSet<>(withJapanese());
        unexpected.removeAll(NOT_YET_CONVERTED);
        assertEquals(Set.of(), unexpected);
    }

    @Test
    void everyFileNotYetConverted_stillHoldsJapanese() throws IOException {
        // a file converted leaves the list, so that the list says what is left
        Set<String> stale = new TreeSet<>(NOT_YET_CONVERTED);
        stale.removeAll(withJapanese());
        assertEquals(Set.of(), stale);
    }

    @Test
    @Disabled("issue 12 is not finished: the files in NOT_YET_CONVERTED still write Japanese sentences in Java")
    void noJavaFileUnderSrcMain_holdsJapanese() throws IOException {
        assertEquals(Set.of(), withJapanese());
    }
}
