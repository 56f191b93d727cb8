package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23: a thread of exoplan's own that dies — a stage of {@code quote --requests}, the start-up
 * thread — ends the run with one line and its exit code, every time: out of memory (itself or as the
 * cause of another error) exit 1, anything else the internal-error line, exit 70; never a hang, a
 * silent exit or a stack trace. Each death is forced, in a child JVM running {@code Main} through a
 * test program ({@code FailingStageMain}, {@code FailingStartUpMain}) that sets the seam first: a tiny
 * heap hits these paths only now and then. The 60 seconds a child is given are a guard against a hang.
 */
class WorkerDeathTests {

    private static final String MEMORY_FIX = "give Java more memory, such as EXOPLAN_JAVA_OPTS=-Xmx1g bin/exoplan …, "
            + "or java -Xmx1g -jar exoplan.jar …";

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String main, List<String> properties, String... args) throws IOException, InterruptedException {
        return run("", main, properties, args);
    }

    /**
     * Runs {@code main} with {@code -D} properties and {@code args}; standard input is a pipe that gives
     * {@code stdin} and stays open, saying nothing more, until the child ends.
     */
    private Outcome run(String stdin, String main, List<String> properties, String... args) throws IOException,
            InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.language=en"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().remove("LC_MESSAGES");
        builder.environment().remove("LANG");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("EXOPLAN_PRICING");
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exoplan did not finish: a hang");
        } finally {
            process.destroyForcibly();
            process.getOutputStream().close();
        }
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private Outcome quoteWithADyingStage(String stage, String death, String requests) throws Exception {
        return quoteWithADyingStage("", stage, death, requests);
    }

    private Outcome quoteWithADyingStage(String stdin, String stage, String death, String requests) throws Exception {
        return run(stdin, "dev.exoplan.cli.command.FailingStageMain",
                List.of("-Dexoplan.test.stage=" + stage, "-Dexoplan.test.death=" + death),
                "quote", "--requests", requests);
    }

    private Path requests() throws IOException {
        return Files.writeString(dir.resolve("requests.csv"),
                "goal,method,clinic,start,months\nskin,iv,sample-a,2027-01-04,12\nskin,iv,sample-b,2027-01-04,12\n");
    }

    /** One line on stderr, exactly {@code line}; no data row on stdout (at most the table's header). */
    private static void assertOneLine(Outcome o, int code, String line) {
        assertEquals(code, o.code(), o.err());
        assertEquals(line + "\n", o.err());
        assertTrue(o.out().lines().count() <= 1, o.out());
        assertFalse(o.out().contains("sample-a"), o.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"exoplan-quote-read", "exoplan-quote"})
    void aStageOutOfMemory_isTheOneLineAboutMemory(String stage) throws Exception {
        Path requests = requests();
        Outcome o = quoteWithADyingStage(stage, "oom", requests.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("exoplan quote: out of memory with --requests " + requests
                + ": the Java heap ("), o.err());
        assertTrue(o.err().endsWith("MB) is full — " + MEMORY_FIX + "\n"), o.err());
        assertTrue(o.out().lines().count() <= 1, o.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"exoplan-quote-read", "exoplan-quote"})
    void aStageThatThrows_isTheInternalErrorLine(String stage) throws Exception {
        assertOneLine(quoteWithADyingStage(stage, "bug", requests().toString()), ExitCodes.INTERNAL,
                "exoplan quote: internal error: java.lang.IllegalStateException: boom — this is a bug in exoplan; "
                        + "please report it with the command you ran (add --stacktrace for details)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exoplan-quote-read", "exoplan-quote"})
    void aStageWithAnErrorNotOfMemory_isTheInternalErrorLineToo(String stage) throws Exception {
        assertOneLine(quoteWithADyingStage(stage, "error", requests().toString()), ExitCodes.INTERNAL,
                "exoplan quote: internal error: java.lang.AssertionError: boom — this is a bug in exoplan; "
                        + "please report it with the command you ran (add --stacktrace for details)");
    }

    @Test
    void theQuotingStageDying_whileTheReaderWaitsOnStandardInput_endsTheRun() throws Exception {
        // Standard input is a pipe that stays open and says nothing: the reader waits on it for ever; the
        // quoting stage's death must still end the run (the seen hang: next() polling two dead stages).
        Outcome o = quoteWithADyingStage("goal,method,clinic,start,months\n", "exoplan-quote", "oom", "-");
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("exoplan quote: out of memory with --requests -: the Java heap ("), o.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider", "oom"})
    void theStartUpThreadOutOfMemory_isTheOneLineAboutMemory(String death) throws Exception {
        // compare reads the built-in sheet: the start-up thread prepares it and Moneta's providers.
        Outcome o = run("dev.exoplan.cli.FailingStartUpMain", List.of("-Dexoplan.test.death=" + death),
                "compare", "--goal", "skin", "--method", "iv");
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().matches("exoplan compare: out of memory: the Java heap \\(\\d+ MB\\) is full — "
                + java.util.regex.Pattern.quote(MEMORY_FIX) + "\n"), o.err());
        assertEquals("", o.out());
    }

    @Test
    void theStartUpThreadThrowing_isTheInternalErrorLine() throws Exception {
        Outcome o = run("dev.exoplan.cli.FailingStartUpMain", List.of("-Dexoplan.test.death=bug"),
                "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a");
        assertEquals(ExitCodes.INTERNAL, o.code(), o.err());
        assertEquals("exoplan plan: internal error: java.lang.IllegalStateException: boom — this is a bug in "
                + "exoplan; please report it with the command you ran (add --stacktrace for details)\n", o.err());
        assertEquals("", o.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"oom", "bug"})
    void aStageDying_withOutput_leavesTheEarlierFileAndNoTemporaryFile(String death) throws Exception {
        Path output = Files.writeString(dir.resolve("quotes.csv"), "earlier\n");
        Outcome o = run("", "dev.exoplan.cli.command.FailingStageMain",
                List.of("-Dexoplan.test.stage=exoplan-quote", "-Dexoplan.test.death=" + death),
                "quote", "--requests", requests().toString(), "--output", output.toString());
        assertEquals(death.equals("oom") ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertEquals("earlier\n", Files.readString(output));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }
}
