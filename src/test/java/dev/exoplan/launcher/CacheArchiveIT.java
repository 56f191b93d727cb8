package dev.exoplan.launcher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/exoplan as the zip installs it (bin/ and lib/, no runtime) on the user's own Java, with the
 * start-up archive it keeps in {@code $XDG_CACHE_HOME/exoplan}: whatever the cache's state — no room
 * (a full 2 MB tmpfs, {@code ulimit -f}), a truncated or damaged archive, another JDK's archive — every
 * command writes byte for byte what it writes with no cache at all, with exoplan's own exit code, and
 * nothing about an archive reaches either stream. (Once, a cache with no room made every command exit
 * 1 with "Error occurred during initialization of VM" on standard output.)
 */
class CacheArchiveIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final List<String> PLAN_JSON = List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
            "sample-a", "--start", "2027-01-04", "--format", "json");
    private static final List<String> USAGE_ERROR = List.of("plan", "--goal", "skin", "--bogus");
    private static final List<String> QUOTE = List.of("quote", "--start", "2027-01-04", "--months", "12");
    /** An archive in the cache: exoplan-FEATURE-KEY-SIZE.jsa. */
    private static final Pattern ARCHIVE = Pattern.compile("exoplan-([0-9]+)-([0-9]+)-([0-9]+)\\.jsa");

    @TempDir
    Path dir;

    private Path launcher;
    private Path cache;

    private record Outcome(int code, String out, String err) {
    }

    @BeforeEach
    void install() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("install/bin"));
        Path lib = Files.createDirectories(dir.resolve("install/lib"));
        launcher = Files.copy(ROOT.resolve("bin/exoplan"), bin.resolve("exoplan"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(ROOT.resolve("target/exoplan.jar"), lib.resolve("exoplan.jar"));
        cache = Files.createDirectories(dir.resolve("cache"));
    }

    /** The launcher on {@code java} with the cache (or none), under {@code ulimit -f blocks} when given. */
    private Outcome run(Path java, Optional<Path> cacheHome, Optional<Integer> blocks, String javaOptions,
            List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                blocks.map(b -> "ulimit -f " + b + "; ").orElse("") + "exec \"$0\" \"$@\"", launcher.toString()));
        command.addAll(args);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("EXOPLAN_") || name.startsWith("LC_") || name.equals("HOME")
                || name.equals("XDG_CACHE_HOME"));
        env.put("LC_ALL", "C.UTF-8");
        env.put("JAVA_HOME", java.toString());
        cacheHome.ifPresent(home -> env.put("XDG_CACHE_HOME", home.toString()));
        if (!javaOptions.isEmpty()) {
            env.put("EXOPLAN_JAVA_OPTS", javaOptions);
        }
        Process process = builder.start();
        // A safety net against a hang only, not a timing assertion.
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "exoplan did not finish");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Outcome withCache(List<String> args) throws IOException, InterruptedException {
        return run(JAVA_HOME, Optional.of(cache), Optional.empty(), "", args);
    }

    /** What the command writes with no cache at all (no HOME, no XDG_CACHE_HOME: no archive). */
    private Outcome withoutCache(Path java, List<String> args) throws IOException, InterruptedException {
        return run(java, Optional.empty(), Optional.empty(), "", args);
    }

    private static void assertSame(Outcome expected, Outcome actual) {
        assertAll(
                () -> assertEquals(expected.code(), actual.code(), actual.err()),
                () -> assertEquals(expected.out(), actual.out()),
                () -> assertEquals(expected.err(), actual.err()),
                () -> assertFalse(actual.out().contains("archive") || actual.err().contains("archive"),
                        "no word of an archive"));
    }

    /** The plan in JSON (exit 0) and a usage error (exit 2), each as it is with no cache. */
    private void assertUnaffected(Outcome plan, Outcome usage) throws IOException, InterruptedException {
        Outcome referencePlan = withoutCache(JAVA_HOME, PLAN_JSON);
        Outcome referenceUsage = withoutCache(JAVA_HOME, USAGE_ERROR);
        assertEquals(0, referencePlan.code(), referencePlan.err());
        assertEquals(2, referenceUsage.code(), referenceUsage.err());
        assertEquals("", referenceUsage.out());
        assertSame(referencePlan, plan);
        assertSame(referenceUsage, usage);
    }

    private List<Path> archives(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ARCHIVE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** The one archive the first run made, whole: its size is the one in its name. */
    private Path theArchive() throws IOException {
        List<Path> made = archives(cache.resolve("exoplan"));
        assertEquals(1, made.size(), "one archive: " + made);
        Matcher name = ARCHIVE.matcher(made.get(0).getFileName().toString());
        assertTrue(name.matches());
        assertEquals(Long.parseLong(name.group(3)), Files.size(made.get(0)), "the archive is whole");
        return made.get(0);
    }

    @Test
    void aFullTwoMegabyteCache_leavesEveryCommandAsItIsWithoutOne() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a 2 MB tmpfs as the cache needs root");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", cache.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "mount -t tmpfs is not allowed here: " + said);
        try {
            // Fill it: a few kilobytes of room left, where an archive of about 7 MB cannot go.
            Files.write(cache.resolve("filler"), new byte[2 * 1024 * 1024 - 16 * 1024]);
            Outcome first = withCache(PLAN_JSON);
            Outcome usage = withCache(USAGE_ERROR);
            Outcome again = withCache(PLAN_JSON);
            assertUnaffected(first, usage);
            assertSame(first, again);
            assertEquals(List.of(), archives(cache.resolve("exoplan")));
        } finally {
            new ProcessBuilder("umount", cache.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFileSizeLimitBelowTheArchive_leavesEveryCommandAsItIsWithoutOne() throws Exception {
        // ulimit -f 2048: 2 MB a file, where the archive takes about 7 MB.
        Outcome plan = run(JAVA_HOME, Optional.of(cache), Optional.of(2048), "", PLAN_JSON);
        Outcome usage = run(JAVA_HOME, Optional.of(cache), Optional.of(2048), "", USAGE_ERROR);
        assertUnaffected(plan, usage);
        assertEquals(List.of(), archives(cache.resolve("exoplan")));
    }

    @Test
    void aGoodArchive_isMadeOnceAndThenMappedInAtEveryStart() throws Exception {
        Outcome first = withCache(PLAN_JSON);
        Path archive = theArchive();
        FileTime made = Files.getLastModifiedTime(archive);
        // -Xshare:on makes the JVM fail rather than run without the archive: it is used, as it is.
        Outcome mapped = run(JAVA_HOME, Optional.of(cache), Optional.empty(), "-Xshare:on", PLAN_JSON);
        assertUnaffected(first, withCache(USAGE_ERROR));
        assertSame(first, mapped);
        assertEquals(List.of(archive), archives(cache.resolve("exoplan")));
        assertEquals(made, Files.getLastModifiedTime(archive), "not made again");
        // quote runs with another collector, on the same archive.
        assertSame(withoutCache(JAVA_HOME, QUOTE), withCache(QUOTE));
    }

    @Test
    void aTruncatedArchive_isNotUsedAndIsMadeAgainWhole() throws Exception {
        withCache(PLAN_JSON);
        Path archive = theArchive();
        // Cut to half, its name kept: mapped in, it would be a SIGBUS at start.
        byte[] whole = Files.readAllBytes(archive);
        Files.delete(archive);
        Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
        Outcome plan = withCache(PLAN_JSON);
        assertUnaffected(plan, withCache(USAGE_ERROR));
        theArchive();
    }

    @Test
    void aDamagedArchive_isIgnoredSilently() throws Exception {
        withCache(PLAN_JSON);
        Path archive = theArchive();
        // The same size, 200 KB of its middle overwritten: mapped in unchecked, a SIGSEGV at start.
        archive.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            byte[] garbage = new byte[200 * 1024];
            new java.util.Random(23).nextBytes(garbage);
            file.seek(400 * 1024);
            file.write(garbage);
        }
        assertUnaffected(withCache(PLAN_JSON), withCache(USAGE_ERROR));
    }

    @Test
    void anotherJdksArchive_isIgnoredSilently() throws Exception {
        Path other = anotherJdk();
        // The other JDK's own archive, beside this one's in the same cache, and its output unaffected.
        Outcome onOther = run(other, Optional.of(cache), Optional.empty(), "", PLAN_JSON);
        assertSame(withoutCache(other, PLAN_JSON), onOther);
        List<Path> theirs = archives(cache.resolve("exoplan"));
        assertEquals(1, theirs.size(), theirs.toString());
        withCache(PLAN_JSON);
        Path ours = archives(cache.resolve("exoplan")).stream().filter(p -> !theirs.contains(p)).findFirst()
                .orElseThrow();
        // The other JDK's archive under this JDK's name, whole (its own size in the name).
        Matcher name = ARCHIVE.matcher(ours.getFileName().toString());
        assertTrue(name.matches());
        Files.delete(ours);
        Files.copy(theirs.get(0), cache.resolve("exoplan").resolve("exoplan-" + name.group(1) + "-" + name.group(2)
                + "-" + Files.size(theirs.get(0)) + ".jsa"));
        assertUnaffected(withCache(PLAN_JSON), withCache(USAGE_ERROR));
    }

    /** A JDK of another feature version than the one running the tests, under /usr/lib/jvm. */
    private static Path anotherJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        Assumptions.assumeTrue(Files.isDirectory(jvms), "no /usr/lib/jvm to find a second JDK in");
        String ours = feature(JAVA_HOME);
        Map<String, Path> found = new HashMap<>();
        try (Stream<Path> homes = Files.list(jvms)) {
            homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(home.resolve("release")))
                    .forEach(home -> {
                        String feature = feature(home);
                        if (!feature.isEmpty() && !feature.equals(ours)) {
                            found.putIfAbsent(feature, home);
                        }
                    });
        }
        Assumptions.assumeFalse(found.isEmpty(), "no JDK but " + ours + " under /usr/lib/jvm");
        return found.values().iterator().next();
    }

    private static String feature(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.substring("JAVA_VERSION=\"".length()).split("[.+\"-]")[0])
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
