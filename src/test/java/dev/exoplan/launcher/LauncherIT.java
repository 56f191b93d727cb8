package dev.exoplan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/exoplan on the jar and start-up archive that {@code mvn package} built (an integration test:
 * it runs after package). Whatever the archive's state — fitting, stale, absent — the output is the
 * README's worked example byte for byte, and nothing reaches stderr.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/exoplan");
    private static final Path JAR = ROOT.resolve("target/exoplan.jar");
    private static final Path ARCHIVE = ROOT.resolve("target/exoplan.jsa");
    private static final List<String> PLAN = List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
            "sample-a", "--start", "2027-01-04");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(Path jar, List<String> args) throws IOException, InterruptedException {
        return run(jar, args, null);
    }

    /** With {@code javaOptions} as EXOPLAN_JAVA_OPTS, where not null. */
    private Outcome run(Path jar, List<String> args, String javaOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().put("EXOPLAN_JAR", jar.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("EXOPLAN_JAVA_OPTS");
        if (javaOptions != null) {
            builder.environment().put("EXOPLAN_JAVA_OPTS", javaOptions);
        }
        builder.environment().remove("EXOPLAN_PRICING");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exoplan did not finish");
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private static String golden() throws IOException {
        return Files.readString(ROOT.resolve("src/test/resources/golden/plan-skin-iv-sample-a.txt"),
                StandardCharsets.UTF_8);
    }

    private void assertWorkedExample(Outcome o) throws IOException {
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertEquals(golden(), o.out());
    }

    @Test
    void theBuiltArchive_isThereAndThePlanIsTheWorkedExample() throws Exception {
        assertTrue(Files.isRegularFile(ARCHIVE), "mvn package builds " + ARCHIVE);
        assertWorkedExample(run(JAR, PLAN));
    }

    @Test
    void aStaleArchive_isIgnoredSilently() throws Exception {
        // The JVM refuses an archive whose jar has changed since; the launcher must not let it say so.
        Path jar = Files.copy(JAR, dir.resolve("exoplan.jar"));
        Files.copy(ARCHIVE, dir.resolve("exoplan.jsa"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertWorkedExample(run(jar, PLAN));
    }

    @Test
    void noArchive_runsWithoutOne() throws Exception {
        Path jar = Files.copy(JAR, dir.resolve("exoplan.jar"), StandardCopyOption.REPLACE_EXISTING);
        assertWorkedExample(run(jar, PLAN));
    }

    @Test
    void quote_runsWithItsOwnJvmOptionsAndGivesTheSameRowsAsJavaJar() throws Exception {
        Outcome o = run(JAR, List.of("quote", "--start", "2027-01-04", "--months", "12"));
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertTrue(o.out().startsWith("clinic,clinic_name,goal,method,start,months,currency,"), o.out());
        assertTrue(o.out().contains("\nsample-a,Sample Clinic A (fictional),skin,iv,2027-01-04,12,JPY,5,7,10,"),
                o.out());
    }

    /** The launcher finds the command past --lang and its value, as exoplan does: quote gets its collector. */
    @Test
    void langBeforeTheCommand_isSkippedWhenTheLauncherLooksForIt() throws Exception {
        // The JVM prints the flags it runs with (to stderr, as the launcher sends all it says there).
        Outcome quote = run(JAR, List.of("--lang", "en", "quote", "--start", "2027-01-04"),
                "-XX:+PrintCommandLineFlags");
        assertEquals(0, quote.code(), quote.err());
        assertTrue(quote.err().contains("-XX:+UseParallelGC"), quote.err());
        Outcome plan = run(JAR, List.of("--lang", "ja", "plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-a", "--start", "2027-01-04"), "-XX:+PrintCommandLineFlags");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.err().contains("-XX:+UseSerialGC"), plan.err());
    }

    @Test
    void aMissingJar_saysHowToBuildIt() throws Exception {
        Outcome o = run(dir.resolve("nowhere.jar"), PLAN);
        assertEquals(1, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().startsWith("exoplan: " + dir.resolve("nowhere.jar") + " is missing; build it with: mvn -q -DskipTests package"),
                o.err());
    }
}
