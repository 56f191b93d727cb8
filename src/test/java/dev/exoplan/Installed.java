package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tools outside Java that some tests run (Node packages that .ci/run installs into target/, Debian's
 * pre-commit): a test without its tool is skipped, saying what is missing, except under CI=true,
 * where .ci/run installs every one and a missing tool fails the test instead of hiding it.
 */
public final class Installed {

    private Installed() {
    }

    /** Skips the test (fails it under CI=true) unless {@code installed}. */
    public static void require(boolean installed, String missing) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, missing + " (CI=true: .ci/run should have installed it)");
        }
        assumeTrue(installed, missing);
    }

    /** Whether {@code command --version} runs and exits 0. */
    public static boolean runs(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a child process printed (standard output and error together) and its exit code. */
    public record Ran(int code, String output) {
    }

    /** Runs a command in {@code directory}, with no standard input, and waits for it. */
    public static Ran run(Path directory, List<String> command) throws IOException, InterruptedException {
        return run(directory, command, Map.of());
    }

    /** Runs a command in {@code directory} with these variables set, with no standard input, and waits for it. */
    public static Ran run(Path directory, List<String> command, Map<String, String> variables)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("exoplan-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(variables);
            Process p = builder.start();
            int code = p.waitFor();
            return new Ran(code, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
