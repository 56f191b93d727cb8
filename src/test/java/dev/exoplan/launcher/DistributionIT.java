package dev.exoplan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code mvn package} builds, unpacked as a user would and run from another folder: the
 * linux-x64 archive on its own runtime with no Java anywhere else, the zip through a symbolic link on
 * the Java of JAVA_HOME; its man pages are roff that man reads, and its completion scripts load in
 * bash and zsh. An integration test: it runs after package, on target/.
 */
class DistributionIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TARGET = ROOT.resolve("target");
    private static final List<String> PLAN = List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
            "sample-a", "--start", "2027-01-04");

    private static String version;

    @TempDir
    Path dir;

    @BeforeAll
    static void version() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            version = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("exoplan-[0-9][^-]*\\.zip"))
                    .map(n -> n.substring("exoplan-".length(), n.length() - ".zip".length()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("mvn package builds target/exoplan-VERSION.zip"));
        }
    }

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(Path workingDirectory, Map<String, String> set, List<String> unset, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        unset.forEach(builder.environment()::remove);
        builder.environment().remove("EXOPLAN_JAR");
        builder.environment().remove("EXOPLAN_JAVA_OPTS");
        builder.environment().remove("EXOPLAN_PRICING");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(set);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "exoplan did not finish");
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private static String golden() throws IOException {
        return Files.readString(ROOT.resolve("src/test/resources/golden/plan-skin-iv-sample-a.txt"),
                StandardCharsets.UTF_8);
    }

    private static void assertWorkedExample(Outcome o) throws IOException {
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertEquals(golden(), o.out());
    }

    /** Unpacks a tar.gz with tar, which keeps the entries' modes and times, as a user's tar does. */
    private Path untar(Path archive, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tar.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue(), said);
        return into;
    }

    /** Unpacks the zip in Java, making bin/exoplan executable as unzip would from the entry's mode. */
    private static Path unzip(Path archive, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path to = into.resolve(entry.getName()).normalize();
                assertTrue(to.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, to);
                }
                if (entry.getName().endsWith("bin/exoplan")) {
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return into;
    }

    /** Every file under {@code folder} with its size and time: what a run must leave as it was. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                files.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    /** A folder of links to the few tools the launcher uses: a PATH with bash and no java. */
    private Path pathWithoutJava() throws IOException {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink", "sed", "cksum", "cut", "mkdir", "find", "mv", "rm")) {
            Optional<Path> found = which(tool);
            assertTrue(found.isPresent(), tool + " is on every Linux machine");
            Files.createSymbolicLink(tools.resolve(tool), found.get());
        }
        assertTrue(which("java", tools.toString()).isEmpty());
        return tools;
    }

    private static Optional<Path> which(String tool) {
        return which(tool, System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    private static Optional<Path> which(String tool, String path) {
        for (String folder : path.split(":")) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, tool);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Path unpackedZip() throws IOException {
        return unzip(TARGET.resolve("exoplan-" + version + ".zip"), Files.createDirectories(dir.resolve("zip")))
                .resolve("exoplan-" + version);
    }

    @Test
    void linuxArchive_unpackedElsewhere_plansOnItsOwnRuntime_withNoJavaHomeAndNoJavaOnPath() throws Exception {
        Path archive = TARGET.resolve("exoplan-" + version + "-linux-x64.tar.gz");
        assumeTrue(Files.isRegularFile(archive), "the linux-x64 archive is built on Linux x64 only (profile linux-x64)");
        Path home = untar(archive, dir.resolve("opt")).resolve("exoplan-" + version + "-linux-x64");
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "a runtime of its own");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> before = snapshot(home);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/exoplan").toString()));
        command.addAll(PLAN);
        Map<String, String> environment = Map.of("PATH", pathWithoutJava().toString(),
                "HOME", Files.createDirectories(dir.resolve("home")).toString());
        assertWorkedExample(run(elsewhere, environment, List.of("JAVA_HOME", "XDG_CACHE_HOME"), command));
        Outcome quote = run(elsewhere, environment, List.of("JAVA_HOME", "XDG_CACHE_HOME"),
                List.of(home.resolve("bin/exoplan").toString(), "quote", "--start", "2027-01-04", "--lang", "en"));
        assertEquals("", quote.err());
        assertEquals(0, quote.code());
        assertTrue(quote.out().contains("\nsample-a,Sample Clinic A (fictional),skin,iv,2027-01-04,12,JPY,5,7,10,"));
        assertEquals(before, snapshot(home), "nothing is written into the install folder");
    }

    @Test
    void zipLauncher_throughASymlinkInPath_plansOnJavaHome_andKeepsItsArchiveInTheUsersCache() throws Exception {
        Path home = unpackedZip();
        Path onPath = Files.createDirectories(dir.resolve("bin-on-path"));
        Path link = Files.createSymbolicLink(onPath.resolve("exoplan"), home.resolve("bin/exoplan"));
        Path cache = dir.resolve("cache");
        Map<String, String> before = snapshot(home);
        List<String> command = new ArrayList<>(List.of(link.toString()));
        command.addAll(PLAN);
        Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertWorkedExample(run(elsewhere, environment, List.of(), command));
        // The second run starts from the archive the first one left in the cache.
        assertWorkedExample(run(elsewhere, environment, List.of(), command));
        try (Stream<Path> archives = Files.list(cache.resolve("exoplan"))) {
            List<String> names = archives.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            // exoplan-FEATURE-KEY-SIZE.jsa: the size it was made with, checked at every start.
            assertTrue(names.get(0).matches("exoplan-\\d+-\\d+-\\d+\\.jsa"), names.toString());
        }
        assertEquals(before, snapshot(home), "nothing is written into the install folder");
    }

    @Test
    void zipLauncher_withAnUnwritableCache_stillRunsSilently() throws Exception {
        Path home = unpackedZip();
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/exoplan").toString()));
        command.addAll(PLAN);
        assertWorkedExample(run(dir, Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", file.toString()), List.of(), command));
    }

    /** The sh block after the {@code <!-- install -->} mark in README.md: the lines a user copies. */
    private static String readmeInstallLines() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int mark = readme.indexOf("<!-- install -->\n```sh\n");
        assertTrue(mark >= 0, "README.md marks its install lines with <!-- install -->");
        int start = readme.indexOf('\n', readme.indexOf("```sh", mark)) + 1;
        return readme.substring(start, readme.indexOf("\n```\n", start) + 1);
    }

    @Test
    void readmesInstallLines_inAnEmptyHome_leaveExoplanItsManPageAndCompletionWorking() throws Exception {
        String lines = readmeInstallLines();
        assertTrue(lines.contains("target/exoplan-0.1.0-linux-x64.tar.gz"), lines);
        Path archive = TARGET.resolve("exoplan-" + version + "-linux-x64.tar.gz");
        assumeTrue(Files.isRegularFile(archive), "the linux-x64 archive is built on Linux x64 only (profile linux-x64)");
        Path home = Files.createDirectories(dir.resolve("home"));
        // As a user with ~/.local/bin on PATH, no JAVA_HOME and no java of their own: the archive brings its runtime.
        Map<String, String> user = Map.of("HOME", home.toString(), "PATH", home + "/.local/bin:/usr/bin:/bin");
        Outcome installed = run(ROOT, user, List.of("JAVA_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "MANPATH"),
                List.of("bash", "-e", "-c", lines.replace("0.1.0", version)));
        assertEquals(0, installed.code(), installed.err());
        assertTrue(installed.out().startsWith("Exosome therapy: treatment plan and cost estimate\n"), installed.out());
        Outcome which = run(dir, user, List.of("JAVA_HOME"), List.of("bash", "-c", "command -v exoplan"));
        assertEquals(home + "/.local/bin/exoplan\n", which.out());

        Optional<Path> man = which("man");
        Optional<Path> completion = Optional.of(Path.of("/usr/share/bash-completion/bash_completion"))
                .filter(Files::isRegularFile);
        if (System.getenv("CI") == null) {
            assumeTrue(man.isPresent(), "man (man-db) is not installed; .ci/run installs it");
            assumeTrue(completion.isPresent(), "bash-completion is not installed; .ci/run installs it");
        }
        // man-db adds ~/.local/share/man to its path because ~/.local/bin is on PATH.
        // (man -w names the page's real file, in the unpacked archive the link points to.)
        Outcome page = run(dir, user, List.of("MANPATH"), List.of("man", "-w", "exoplan-plan"));
        assertTrue(page.out().startsWith(home + "/.local/") && page.out().endsWith("/man1/exoplan-plan.1\n"),
                page.out() + page.err());
        Outcome shown = run(dir, new java.util.HashMap<>(Map.of("HOME", home.toString(), "PATH", user.get("PATH"),
                "MANPAGER", "cat", "MANWIDTH", "80")), List.of("MANPATH"), List.of("man", "exoplan-plan"));
        assertTrue(shown.out().contains("--goal"), shown.out() + shown.err());
        // bash-completion loads a command's completion on demand from ~/.local/share/bash-completion/completions.
        Outcome completes = run(dir, user, List.of("XDG_DATA_HOME", "BASH_COMPLETION_USER_DIR"), List.of("bash", "-c",
                "source /usr/share/bash-completion/bash_completion; __load_completion exoplan && complete -p exoplan"));
        assertEquals(0, completes.code(), completes.err());
        assertTrue(completes.out().contains(" exoplan\n"), completes.out());
    }

    @Test
    void archives_holdTheLauncherJarManPagesCompletionAndLicences() throws Exception {
        try (ZipFile zip = new ZipFile(TARGET.resolve("exoplan-" + version + ".zip").toFile())) {
            String base = "exoplan-" + version + "/";
            for (String name : List.of("bin/exoplan", "bin/exoplan.cmd", "lib/exoplan.jar", "share/man/man1/exoplan.1",
                    "share/man/man1/exoplan-plan.1", "share/man/man1/exoplan-help.1",
                    "share/bash-completion/completions/exoplan", "share/zsh/site-functions/_exoplan", "LICENSE",
                    "THIRD-PARTY", "README.md", "docs/patients.md", "docs/clinics.md", "docs/scripts.md")) {
                assertTrue(zip.getEntry(base + name) != null, name);
            }
            String cmd = new String(zip.getInputStream(zip.getEntry(base + "bin/exoplan.cmd")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(cmd.contains("\r\n"), "exoplan.cmd has Windows line ends");
            String license = new String(zip.getInputStream(zip.getEntry(base + "LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(license.contains("Apache License\n                           Version 2.0, January 2004"));
        }
        Path tar = untar(TARGET.resolve("exoplan-" + version + ".tar.gz"), dir.resolve("tar"));
        Path launcher = tar.resolve("exoplan-" + version + "/bin/exoplan");
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(launcher)));
        assertTrue(Files.isRegularFile(TARGET.resolve("exoplan.jar")), "target/exoplan.jar is still built");
    }

    @Test
    void theJar_keepsEveryLibrarysLicenceAndNotice_andThirdPartyNamesEveryLibrary() throws Exception {
        String thirdParty = Files.readString(ROOT.resolve("src/dist/THIRD-PARTY"), StandardCharsets.UTF_8);
        try (ZipFile jar = new ZipFile(TARGET.resolve("exoplan.jar").toFile())) {
            String license = text(jar, "META-INF/LICENSE");
            assertTrue(license.indexOf("Apache License") != license.lastIndexOf("Apache License"),
                    "each Jackson jar's META-INF/LICENSE is kept");
            String notice = text(jar, "META-INF/NOTICE");
            assertTrue(notice.contains("Jackson") && notice.contains("FastDoubleParser") && notice.contains("Schubfach")
                    && notice.contains("Jakarta Annotations"), notice);
            for (String name : List.of("META-INF/FastDoubleParser-LICENSE", "META-INF/FastDoubleParser-ThirdParty-LICENSE",
                    "META-INF/Schubfach-LICENSE", "META-INF/LICENSE.md", "biweekly/biweekly.license",
                    "biweekly/commons-codec.license", "biweekly/google-rfc-2445.license", "LICENSES")) {
                assertTrue(jar.getEntry(name) != null, name);
            }
            List<String> libraries = new ArrayList<>(List.of("info.picocli:picocli"));
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String[] parts = entry.getName().split("/");
                if (parts.length == 5 && parts[1].equals("maven") && parts[4].equals("pom.properties")
                        && !parts[2].equals("dev.exoplan")) {
                    libraries.add(parts[2] + ":" + parts[3]);
                }
            }
            assertTrue(libraries.size() > 10, libraries.toString());
            for (String library : libraries) {
                assertTrue(thirdParty.contains(library), "THIRD-PARTY names " + library);
            }
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, name);
        return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void manPages_areRoffThatManRenders() throws Exception {
        Path pages = unpackedZip().resolve("share/man/man1");
        List<Path> all;
        try (Stream<Path> files = Files.list(pages)) {
            all = files.sorted().toList();
        }
        assertEquals(11, all.size(), all.toString());
        for (Path page : all) {
            String roff = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(roff.contains("\n.TH \"EXOPLAN"), page.toString());
            assertTrue(roff.contains("\n.SH NAME\n") && roff.contains("\n.SH SYNOPSIS\n"), page.toString());
            assertTrue(roff.chars().allMatch(c -> c < 128), page + " is ASCII (other characters as \\[uXXXX])");
        }
        Optional<Path> groff = which("groff");
        Optional<Path> man = which("man");
        assumeTrue(groff.isPresent() || man.isPresent(), "neither groff nor man is installed to render the pages");
        for (Path page : all) {
            if (groff.isPresent()) {
                Outcome checked = run(dir, Map.of(), List.of(), List.of(groff.get().toString(), "-man", "-ww", "-z",
                        page.toString()));
                assertEquals("", checked.err(), page.toString());
                assertEquals(0, checked.code(), page.toString());
            }
            if (man.isPresent()) {
                Outcome shown = run(dir, Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"), List.of(),
                        List.of(man.get().toString(), "-l", page.toString()));
                assertEquals(0, shown.code(), page + ": " + shown.err());
                assertTrue(shown.out().contains("NAME") && shown.out().contains("SYNOPSIS"), shown.out());
            }
        }
        Outcome plan = run(dir, Map.of("MANWIDTH", "80", "MANPAGER", "cat"), List.of(),
                List.of(man.orElse(groff.get()).toString(), man.isPresent() ? "-l" : "-man",
                        pages.resolve("exoplan-plan.1").toString()));
        assertTrue(plan.out().contains("--goal"), plan.out());
    }

    @Test
    void bashCompletion_loads_andCompletesCommandsAndOptions() throws Exception {
        Path script = unpackedZip().resolve("share/bash-completion/completions/exoplan");
        Outcome o = run(dir, Map.of(), List.of(), List.of("bash", "-c", "source \"$0\"; complete -p exoplan;"
                + " COMP_WORDS=(exoplan pl); COMP_CWORD=1; COMP_LINE='exoplan pl'; COMP_POINT=10; _exoplan;"
                + " echo \"commands: ${COMPREPLY[*]}\";"
                + " COMP_WORDS=(exoplan plan --go); COMP_CWORD=2; COMP_LINE='exoplan plan --go'; COMP_POINT=17;"
                + " _exoplan; echo \"options: ${COMPREPLY[*]}\"", script.toString()));
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertTrue(o.out().contains("-F _exoplan exoplan"), o.out());
        assertTrue(o.out().contains("\ncommands: plan\n"), o.out());
        assertTrue(o.out().contains("\noptions: --goal\n"), o.out());
    }

    /** The archive's function as compinit finds it; CompletionShellTests types into zsh with it. */
    @Test
    void zshCompletion_isFoundInItsFpath_andParses_asANativeFunction() throws Exception {
        Optional<Path> zsh = which("zsh");
        assumeTrue(zsh.isPresent(), "zsh is not installed (.ci/run installs it where it can)");
        Path share = unpackedZip().resolve("share");
        Outcome o = run(dir, Map.of("HOME", dir.toString()), List.of(), List.of(zsh.get().toString(), "-f", "-c",
                "fpath=(\"$0\" $fpath); autoload -Uz compinit && compinit -u -D;"
                        + " print -r -- \"registered: ${_comps[exoplan]}\";"
                        + " autoload -Uz +X _exoplan && print -r -- parsed",
                share.resolve("zsh/site-functions").toString()));
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertTrue(o.out().contains("registered: _exoplan\n"), o.out());
        assertTrue(o.out().contains("\nparsed\n"), o.out());
        assertFalse(o.out().contains("command not found"), o.out());
    }
}
