package dev.exoplan.io.text;

import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which languages exoplan speaks, found by listing the message bundles where they are: at the edge,
 * so that the core's {@link Catalogue} reads a bundle and never lists files.
 */
public final class Bundles {

    private Bundles() {
    }

    /**
     * Every language exoplan speaks: Japanese and English, then the language of every other bundle
     * beside them in the jar (or the classes folder), so that a third language is one new properties
     * file. Read once, when first asked (for completion, help and the message that refuses a --lang).
     */
    public static List<Language> languages() {
        return Languages.ALL;
    }

    private static final class Languages {
        static final List<Language> ALL = find();

        private static List<Language> find() {
            Set<String> codes = new TreeSet<>();
            String path = Catalogue.BUNDLE.replace('.', '/');
            Pattern name = Pattern.compile(Pattern.quote(path) + "_([a-z]{2,3})\\.properties");
            URL english = Catalogue.class.getResource("/" + path + "_" + Language.EN.code() + ".properties");
            try {
                if (english != null && english.openConnection() instanceof JarURLConnection jar) {
                    jar.getJarFile().stream().map(entry -> name.matcher(entry.getName()))
                            .filter(Matcher::matches).forEach(m -> codes.add(m.group(1)));
                } else if (english != null && "file".equals(english.getProtocol())) {
                    Path folder = Path.of(english.toURI()).getParent();
                    try (Stream<Path> files = Files.list(folder)) {
                        files.map(file -> name.matcher(path.substring(0, path.lastIndexOf('/') + 1)
                                        + file.getFileName()))
                                .filter(Matcher::matches).forEach(m -> codes.add(m.group(1)));
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Where the bundles cannot be listed, the two that are always there.
            }
            List<Language> all = new ArrayList<>(List.of(Language.JA, Language.EN));
            codes.stream().map(Language::forCode).flatMap(Optional::stream)
                    .filter(language -> !all.contains(language)).forEach(all::add);
            return List.copyOf(all);
        }
    }
}
