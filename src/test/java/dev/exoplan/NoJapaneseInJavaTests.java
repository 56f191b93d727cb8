package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence exoplan writes lives in the bundles: no Java file under {@code src/main} holds a
 * Japanese character (hiragana, katakana or kanji). Japanese words a check matches against a sheet's
 * data are written as {@code \\u} escapes, glossary terms in comments in romaji.
 */
class NoJapaneseInJavaTests {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

    private static Set<String> withJapanese() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (JAPANESE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    found.add(MAIN.relativize(file).toString());
                }
            }
        }
        return found;
    }

    @Test
    void theCheck_seesHiraganaKatakanaAndKanjiButNotFullWidthPunctuation() {
        assertTrue(JAPANESE.matcher("の").find());
        assertTrue(JAPANESE.matcher("カ").find());
        assertTrue(JAPANESE.matcher("円").find());
        assertFalse(JAPANESE.matcher("８（）").find());
    }

    @Test
    void noJavaFileUnderSrcMain_holdsJapanese() throws IOException {
        assertEquals(Set.of(), withJapanese());
    }
}
