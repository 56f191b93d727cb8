package dev.exoplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A bash script run in a test's folder, with {@code exoplan} a shell function that runs exoplan's
 * {@code Main} in a child JVM on the test's class path: for the cases where the shell must set the
 * scene (descriptors, redirections, pipes, the umask, limits, signals) exactly as a user's shell does.
 * The script's standard output and error go to {@code .out} and {@code .err} in the folder, read back.
 */
final class Bash {

    /** The script's exit status and what it wrote to standard output and error. */
    record Outcome(int code, String out, String err) {
    }

    /** The two files a script's own output goes to, which a test's listing of its folder leaves out. */
    static final String OUT = ".out";
    static final String ERR = ".err";

    private Bash() {
    }

    /**
     * Runs {@code script} in {@code dir} under the C locale, without exoplan's variables from the test's
     * own environment ({@code EXOPLAN_PRICING}, {@code EXOPLAN_MAX_SHEET_BYTES}) or {@code NO_COLOR}, and
     * with {@code more} set last.
     */
    static Outcome run(Path dir, String script, Map<String, String> more) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "exoplan() { \"$JAVA\" -XX:TieredStopAtLevel=1 -cp \"$CP\" dev.exoplan.Main \"$@\"; }\n" + script)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve(OUT).toFile())
                .redirectError(dir.resolve(ERR).toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CP", System.getProperty("java.class.path"));
        env.put("LC_ALL", "C");
        env.remove("EXOPLAN_PRICING");
        env.remove("EXOPLAN_MAX_SHEET_BYTES");
        env.remove("NO_COLOR");
        env.putAll(more);
        Process process = builder.start();
        // A safety net against a hang only, not a timing assertion.
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "did not finish: " + script);
        return new Outcome(process.exitValue(), Files.readString(dir.resolve(OUT), UTF_8),
                Files.readString(dir.resolve(ERR), UTF_8));
    }
}
