package dev.exoplan.cli;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.io.FileValidation;
import dev.exoplan.io.PriceSheets;
import dev.exoplan.io.SheetException;
import dev.exoplan.io.ValidationJson;
import dev.exoplan.io.ValidationText;
import dev.exoplan.io.Validator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exoplan validate}: every problem of one or more price sheets, located, with its fix. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks price sheets and reports every problem at once: where it is (file:line:column and JSON "
                    + "pointer), what is wrong and how to fix it.",
            "",
            "Errors make a sheet unusable (syntax, shape, meaning). Warnings leave it usable but worth "
                    + "fixing: what the source article asks a clinic to disclose, extra fees, implausibly cheap "
                    + "prices, schedules unlike the article's, unknown fields, missing translations."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  exoplan validate pricing.json",
            "  exoplan validate --strict --format sarif clinics/*.json > exoplan.sarif",
            "  cat pricing.json | exoplan validate -",
            "",
            "Exit codes: 0 no file has errors (warnings allowed), 1 a file has errors (with --strict, also "
                    + "warnings), 2 usage error."})
final class ValidateCommand implements Callable<Integer> {

    /** The output formats of {@code validate}; lower case as users type them. */
    enum Format {
        text, json, sarif
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Price sheets to check; '-' reads standard "
            + "input.")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json and SARIF "
                    + "2.1.0 are for programs and code-scanning in CI.")
    private Format format;

    @Option(names = "--strict", description = "Count warnings as errors (exit 1 when there is any).")
    private boolean strict;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000",
            description = "Show at most N findings in all (default: ${DEFAULT-VALUE}; 0 shows all); the rest are "
                    + "counted and the output says how many were left out.")
    private int maxFindings;

    @Mixin
    private LanguageOption language;

    @Option(names = "--check", paramLabel = "ID", completionCandidates = CheckIds.class,
            description = "Run only these warning checks (repeatable): ${COMPLETION-CANDIDATES}. Errors are "
                    + "always checked. Default: every check.")
    private List<String> checks = new ArrayList<>();

    @Override
    public Integer call() {
        if (maxFindings < 0) {
            throw new UserException(ExitCodes.USAGE, "--max-findings must be 0 (show all) or more, got "
                    + maxFindings);
        }
        if (files.stream().filter("-"::equals).count() > 1) {
            throw new UserException(ExitCodes.USAGE, "'-' (standard input) can be given only once");
        }
        Environment environment = Cli.environment(spec);
        boolean excerpts = format == Format.text && environment.terminal();
        Validator validator = new Validator(selectedChecks(), strict, maxFindings, excerpts);
        List<FileValidation> results = new ArrayList<>();
        for (String file : files) {
            if (file.equals("-")) {
                // Standard input can be read once; it is held (up to the size limit) for excerpts.
                byte[] bytes;
                try {
                    bytes = PriceSheets.bytes(environment.stdin(), "<stdin>", PricingOption.maxBytes(environment));
                } catch (SheetException e) {
                    results.add(validator.validate("<stdin>", () -> {
                        throw e;
                    }));
                    continue;
                }
                results.add(validator.validate("<stdin>", () -> new ByteArrayInputStream(bytes)));
            } else {
                results.add(validator.validate(file, () -> PriceSheets.open(PriceSheets.path(file), file)));
            }
        }
        String output = switch (format) {
            case text -> ValidationText.render(results, excerpts, maxFindings, language.language());
            case json -> ValidationJson.json(results, language.language());
            case sarif -> ValidationJson.sarif(results, new VersionProvider().version(), language.language());
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return results.stream().allMatch(FileValidation::valid) ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private Set<Check> selectedChecks() {
        Set<Check> selected = EnumSet.noneOf(Check.class);
        List<String> known = Arrays.stream(Check.values()).map(Check::id).toList();
        for (String id : checks) {
            selected.add(Check.byId(id).orElseThrow(() -> new UserException(ExitCodes.USAGE, "--check: unknown "
                    + "check '" + id + "';" + ClosestMatch.among(id, known).map(m -> " did you mean '" + m + "'?")
                    .orElse("") + " checks: " + String.join(", ", known))));
        }
        return selected;
    }

    static final class CheckIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Check.values()).map(Check::id).iterator();
        }
    }
}
