package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers as ARCHITECTURE.md draws them, read from the sources' imports: the core is pure (no
 * picocli, no files or streams, nothing of io or cli), io never reaches into cli, and no two classes
 * import each other.
 */
class LayeringTests {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)\\s*;");

    /** Every main class by its name, with what it imports. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Set<String> imported = new TreeSet<>();
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    imported.add(m.group(1));
                }
                all.put(name, imported);
            }
        }
        return all;
    }

    private static Set<String> offending(String layer, List<String> forbidden) throws IOException {
        Set<String> found = new TreeSet<>();
        imports().forEach((type, imported) -> {
            if (type.startsWith(layer)) {
                imported.stream().filter(i -> forbidden.stream().anyMatch(i::startsWith))
                        .forEach(i -> found.add(type + " imports " + i));
            }
        });
        return found;
    }

    @Test
    void theCore_importsNoPicocliNoFilesNoStreamsAndNothingOfIoOrCli() throws IOException {
        assertEquals(Set.of(), offending("dev.exoplan.core.", List.of("picocli.", "java.io.", "java.nio.",
                "java.net.", "dev.exoplan.io.", "dev.exoplan.cli.")));
    }

    @Test
    void io_neverReachesIntoTheCommandLine() throws IOException {
        assertEquals(Set.of(), offending("dev.exoplan.io.", List.of("picocli.", "dev.exoplan.cli.")));
    }

    @Test
    void noTwoClasses_importEachOther() throws IOException {
        Map<String, Set<String>> all = imports();
        Set<String> cycles = new TreeSet<>();
        all.forEach((type, imported) -> imported.forEach(other -> {
            String outer = other;
            while (outer.matches(".*\\.[A-Z]\\w*\\.[A-Z]\\w*")) {
                outer = outer.substring(0, outer.lastIndexOf('.')); // a nested type: its top-level class
            }
            Set<String> back = all.get(outer);
            if (back != null && back.stream().anyMatch(b -> b.equals(type) || b.startsWith(type + "."))
                    && type.compareTo(outer) < 0) {
                cycles.add(type + " <-> " + outer);
            }
        }));
        assertEquals(Set.of(), cycles);
    }
}
