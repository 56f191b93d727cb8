package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.Installed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook of .pre-commit-hooks.yaml, {@code exoplan-validate}: which files it takes, and,
 * with Debian's pre-commit ({@code pre-commit try-repo} on a scratch git repository, exoplan on PATH as
 * the docs say: here a script that runs this build), that a good sheet passes and a broken one fails with
 * exoplan's located message. Without pre-commit that test is skipped (under CI=true, where .ci/run
 * installs it, it fails).
 */
class PreCommitHookTests {

    private static final Path HOOKS = Path.of(".pre-commit-hooks.yaml");

    /** The hook's {@code files:} regex, as pre-commit reads it (Python's re.search on the path from the repository's root). */
    private static Pattern files() throws IOException {
        String line = Files.readAllLines(HOOKS).stream().filter(l -> l.startsWith("  files: ")).findFirst()
                .orElseThrow();
        return Pattern.compile(line.substring("  files: ".length()));
    }

    @Test
    void hook_isExoplanValidateOnPath() throws IOException {
        String hooks = Files.readString(HOOKS);

        assertTrue(hooks.contains("- id: exoplan-validate\n"), hooks);
        assertTrue(hooks.contains("\n  entry: exoplan validate\n"), hooks);
        assertTrue(hooks.contains("\n  language: system\n"), hooks);
    }

    @Test
    void files_arePricingJsonPricingDashAnyJsonAndAnyDotPricingJson_inAnyFolder() throws IOException {
        Pattern files = files();

        for (String sheet : List.of("pricing.json", "clinics/pricing.json", "pricing-tokyo.json",
                "a/b/pricing-2027.json", "tokyo.pricing.json", "sheets/osaka.pricing.json")) {
            assertTrue(files.matcher(sheet).find(), sheet);
        }
        for (String other : List.of("pricing.json5", "mypricing.json", "pricing.json.bak", "package.json",
                "pricing/notes.json", "pricing_tokyo.json", "a/.pricing.json")) {
            assertFalse(files.matcher(other).find(), other);
        }
    }

    @Test
    void tryRepo_passesAGoodSheet_andFailsABrokenOneWithExoplansLocatedMessage(@TempDir Path dir)
            throws IOException, InterruptedException {
        Installed.require(Installed.runs("pre-commit") && Installed.runs("git"),
                "pre-commit or git is missing: the hook is not tried (.ci/run installs Debian's pre-commit)");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path exoplan = bin.resolve("exoplan");
        Files.writeString(exoplan, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.exoplan.Main \"$@\"\n");
        Files.setPosixFilePermissions(exoplan, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path repo = Files.createDirectory(dir.resolve("repo"));
        Files.createDirectory(repo.resolve("sub"));
        Files.copy(Path.of(ValidateCommandTests.CLEAN), repo.resolve("pricing.json"));
        // broken, but not a price sheet by its name: the hook leaves it alone
        Files.copy(Path.of(ValidateCommandTests.fixture("E-ENUM")), repo.resolve("notes.json"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "PRE_COMMIT_HOME", dir.resolve("cache").toString(), "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8");
        git(repo, env, "init", "-q");
        git(repo, env, "add", "-A");
        List<String> tryRepo = List.of("pre-commit", "try-repo", Path.of("").toAbsolutePath().toString(),
                "exoplan-validate");

        Installed.Ran good = Installed.run(repo, tryRepo, env);

        assertEquals(0, good.code(), good.output());
        assertTrue(good.output().matches("(?s).*\nexoplan validate\\.+Passed\n.*"), good.output());

        Files.copy(Path.of(ValidateCommandTests.fixture("E-ENUM")), repo.resolve("sub/tokyo.pricing.json"));
        git(repo, env, "add", "-A");

        Installed.Ran broken = Installed.run(repo, tryRepo, env);

        assertEquals(1, broken.code(), broken.output());
        assertTrue(broken.output().contains("\nexoplan validate"), broken.output());
        assertTrue(broken.output().contains("Failed\n- hook id: exoplan-validate\n- exit code: 1\n"), broken.output());
        assertTrue(broken.output().contains("\nsub/tokyo.pricing.json:30:117: error E-ENUM /clinics/0/fees/1/per: "
                + "\"visits\" is not one of \"once\", \"visit\" (did you mean \"visit\"?) — use one of the listed "
                + "values\n"), broken.output());
        assertTrue(broken.output().contains("\n2 files: 1 error, 0 warnings\n"), broken.output());
        assertFalse(broken.output().contains("notes.json"), broken.output());
    }

    private static void git(Path repo, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Installed.Ran git = Installed.run(repo, java.util.stream.Stream.concat(java.util.stream.Stream.of("git"),
                java.util.stream.Stream.of(args)).toList(), env);
        assertEquals(0, git.code(), git.output());
    }
}
