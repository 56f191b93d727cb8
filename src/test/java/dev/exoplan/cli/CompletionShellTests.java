package dev.exoplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exoplan's completion as a person meets it: an interactive bash (with Debian's bash-completion) and an
 * interactive zsh in a pseudo-terminal (python3's pty module), the script installed exactly as
 * docs/patients.md says, {@code exoplan} on PATH, a line typed and TAB pressed. After each TAB the
 * driver types Ctrl-A, {@code echo X$((6*7)) }, Ctrl-E and Enter, so that the completed line comes back
 * as one line of output, {@code X42 exoplan …}, whatever the shell drew on the way.
 */
class CompletionShellTests {

    /**
     * Waits for the first prompt ("ready$ "), then types each line and waits for its "X42 " line; then
     * exits the shell and prints everything the terminal showed. A line starting with "!" is a command
     * typed as it is, which echoes its own "X42 " line.
     */
    private static final String DRIVER = """
            import os, pty, sys, select, time, fcntl, termios, struct
            i = sys.argv.index('--')
            lines, command = sys.argv[1:i], sys.argv[i + 1:]
            pid, fd = pty.fork()
            if pid == 0:
                os.execvp(command[0], command)
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 250, 0, 0))
            out = b''
            deadline = time.time() + 240  # a safety net against a hang only, not a timing assertion
            def wait_for(pattern, count):
                global out
                while out.count(pattern) < count and time.time() < deadline:
                    if select.select([fd], [], [], 1)[0]:
                        try:
                            data = os.read(fd, 4096)
                        except OSError:
                            return
                        if not data:
                            return
                        out += data
            wait_for(b'ready$ ', 1)
            for n, line in enumerate(lines):
                if line.startswith('!'):  # a command of its own, which prints its X42 line itself
                    os.write(fd, line[1:].encode() + b'\\r')
                else:
                    os.write(fd, line.replace('<TAB>', '\\t').encode() + b'\\x01echo X$((6*7)) \\x05\\r')
                wait_for(b'\\nX42 ', n + 1)
            os.write(fd, b'exit\\r')
            wait_for(b'\\x00never', 1)
            os.waitpid(pid, 0)
            sys.stdout.write(out.decode('utf-8', 'replace').replace('\\r', ''))
            """;

    /**
     * Each line typed, and the line it completes to (hand-written: the files {@link #setUp} makes, the
     * sheets' ids; echo shows {@code ~/} as the home folder).
     */
    private static final List<List<String>> CASES = List.of(
            // file names wherever a file is expected
            List.of("exoplan plan --pricing cou<TAB>", "exoplan plan --pricing course-clinic.json"),
            List.of("exoplan plan --pricing=cou<TAB>", "exoplan plan --pricing=course-clinic.json"),
            List.of("exoplan validate cou<TAB>", "exoplan validate course-clinic.json"),
            List.of("exoplan quote --requests req<TAB>", "exoplan quote --requests requests.csv"),
            List.of("exoplan plan --ics out/c<TAB>", "exoplan plan --ics out/calendar.ics"),
            // the built-in sheet's ids: skin is its only goal starting sk; sample-a, -b and -c share sample-
            List.of("exoplan plan --goal sk<TAB>", "exoplan plan --goal skin"),
            List.of("exoplan plan --clinic sam<TAB>", "exoplan plan --clinic sample-"),
            // the ids of the sheet --pricing names (examples/course-clinic.json), before or after the option
            List.of("exoplan plan --pricing course-clinic.json --clinic a<TAB>",
                    "exoplan plan --pricing course-clinic.json --clinic area-clinic"),
            List.of("exoplan compare --pricing=course-clinic.json --goal s --method mi<TAB>",
                    "exoplan compare --pricing=course-clinic.json --goal s --method microneedling"),
            List.of("exoplan plan --pricing ~/sheets/course.json --clinic dose-clinic --variant 2<TAB>",
                    "exoplan plan --pricing ~/sheets/course.json --clinic dose-clinic --variant 2cc"),
            // a sheet that cannot be read offers nothing, and says nothing
            List.of("exoplan plan --pricing nosuch.json --goal s<TAB>", "exoplan plan --pricing nosuch.json --goal s"),
            // enumerated values, commands
            List.of("exoplan quote --format m<TAB>", "exoplan quote --format markdown"),
            List.of("exoplan --lang j<TAB>", "exoplan --lang ja"),
            List.of("exoplan compl<TAB>", "exoplan completion"),
            List.of("exoplan completion z<TAB>", "exoplan completion zsh"),
            List.of("exoplan plan --no-c<TAB>", "exoplan plan --no-caveats"),
            // without --pricing, the sheet EXOPLAN_PRICING names
            List.of("!export EXOPLAN_PRICING=course-clinic.json; echo X$((6*7)) exported", "exported"),
            List.of("exoplan plan --clinic d<TAB>", "exoplan plan --clinic dose-clinic"),
            List.of("!unset EXOPLAN_PRICING; echo X$((6*7)) unset", "unset"));

    @TempDir
    Path dir;

    private Path home;
    private Path work;
    private Path bin;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        work = Files.createDirectories(dir.resolve("work"));
        bin = Files.createDirectories(dir.resolve("bin"));
        Path exoplan = bin.resolve("exoplan");
        Files.writeString(exoplan, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' dev.exoplan.Main \"$@\"\n", UTF_8);
        assertTrue(exoplan.toFile().setExecutable(true));
        Files.copy(Path.of("examples/course-clinic.json"), work.resolve("course-clinic.json"));
        Files.copy(Path.of("examples/course-clinic.json"),
                Files.createDirectories(home.resolve("sheets")).resolve("course.json"));
        Files.writeString(work.resolve("requests.csv"), "goal,method,clinic\nskin,iv,sample-a\n", UTF_8);
        Files.writeString(Files.createDirectories(work.resolve("out")).resolve("calendar.ics"), "", UTF_8);
    }

    @Test
    void bash_completesFilesIdsAndValues_installedAsTheDocsSay() throws Exception {
        Path bashCompletion = Path.of("/usr/share/bash-completion/bash_completion");
        needs(Files.isRegularFile(bashCompletion) && which("bash"),
                "bash and Debian's bash-completion are needed (.ci/run installs bash-completion)");
        // docs/patients.md: the script where bash-completion looks for it, loaded at the first TAB.
        install("mkdir -p ~/.local/share/bash-completion/completions"
                + " && exoplan completion bash > ~/.local/share/bash-completion/completions/exoplan");
        // what Debian's /etc/bash.bashrc does where bash-completion is installed
        Files.writeString(home.resolve(".bashrc"), ". " + bashCompletion + "\nPS1='ready$ '\n", UTF_8);

        String transcript = typed("bash", "--noprofile", "--rcfile", home.resolve(".bashrc").toString(), "-i");

        assertCompleted(transcript);
    }

    @Test
    void zsh_completesFilesIdsAndValues_installedAsTheDocsSay_withoutCompopt() throws Exception {
        needs(which("zsh"), "zsh is not installed (.ci/run installs it)");
        // docs/patients.md: the function in a folder of fpath, before compinit.
        install("mkdir -p ~/.zfunc && exoplan completion zsh > ~/.zfunc/_exoplan");
        Files.writeString(home.resolve(".zshrc"), """
                fpath=(~/.zfunc $fpath)
                autoload -Uz compinit && compinit
                PS1='ready$ '
                """, UTF_8);

        String transcript = typed("zsh", "-i");

        assertCompleted(transcript);
    }

    @Test
    void idsOfTheSheet_comeFromExoplanQuietly_nothingOnStandardError() throws Exception {
        Process ok = exoplan(List.of("__complete", "clinic", "plan", "--pricing", "course-clinic.json"));
        assertEquals("course-clinic\ndose-clinic\narea-clinic\n", new String(ok.getInputStream().readAllBytes(), UTF_8));
        assertEquals("", new String(ok.getErrorStream().readAllBytes(), UTF_8));
        assertEquals(0, ok.waitFor());

        Process missing = exoplan(List.of("__complete", "goal", "plan", "--pricing", "nosuch.json"));
        assertEquals("", new String(missing.getInputStream().readAllBytes(), UTF_8));
        assertEquals("", new String(missing.getErrorStream().readAllBytes(), UTF_8));
        assertEquals(1, missing.waitFor());
    }

    private Process exoplan(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("exoplan").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("EXOPLAN_PRICING");
        return builder.start();
    }

    private void assertCompleted(String transcript) {
        List<String> completed = transcript.lines().filter(l -> l.startsWith("X42 "))
                .map(l -> l.substring(4).stripTrailing()).toList();
        // echo shows ~/ as the home folder
        assertEquals(CASES.stream().map(c -> c.get(1).replace("~/", home + "/")).toList(), completed, transcript);
        assertFalse(transcript.contains("command not found"), transcript);
        assertFalse(transcript.contains("compopt"), transcript);
        assertFalse(transcript.contains("exoplan: ") || transcript.contains("exoplan plan: "), transcript);
    }

    /** Runs the docs' install command in a shell with this test's HOME and PATH. */
    private void install(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish");
        assertEquals(0, p.exitValue(), out);
    }

    private String typed(String... shell) throws Exception {
        needs(python(), "python3 with its pty module is needed to type into a shell in a pseudo-terminal");
        Path driver = dir.resolve("drive.py");
        Files.writeString(driver, DRIVER, UTF_8);
        List<String> command = new ArrayList<>(List.of("python3", driver.toString()));
        CASES.forEach(c -> command.add(c.get(0)));
        command.add("--");
        command.addAll(List.of(shell));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("EXOPLAN_PRICING", "BASH_ENV", "ENV", "PROMPT_COMMAND",
                "VISUAL", "EDITOR", "INPUTRC"));
        builder.environment().putAll(environment());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "did not finish");
        return new String(out, UTF_8);
    }

    private Map<String, String> environment() {
        return Map.of("HOME", home.toString(), "ZDOTDIR", home.toString(), "TERM", "dumb", "LANG", "C.UTF-8",
                "PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** Skips without {@code what}, saying why; under CI=true fails instead, so CI never passes without it. */
    private static void needs(boolean present, String why) {
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(present, why);
    }

    private static boolean which(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static boolean python() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pty, os, fcntl, termios")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
