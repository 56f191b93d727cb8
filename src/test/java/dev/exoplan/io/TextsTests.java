package dev.exoplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Japanese and English texts for people say the same things: the same keys, none empty. */
class TextsTests {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTests.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguages_haveTheSameKeys() throws IOException {
        Properties en = load("/dev/exoplan/io/texts.properties");
        Properties ja = load("/dev/exoplan/io/texts_ja.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
    }

    @Test
    void noText_isEmpty() throws IOException {
        for (String resource : new String[] {"/dev/exoplan/io/texts.properties", "/dev/exoplan/io/texts_ja.properties"}) {
            Properties texts = load(resource);
            for (String key : texts.stringPropertyNames()) {
                assertFalse(texts.getProperty(key).isBlank(), resource + ": " + key);
            }
        }
    }
}
