package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.cli.VersionProvider;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.check.Check;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.file.InputFile;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.text.Texts;
import dev.exoplan.io.validation.FileValidation;
import dev.exoplan.io.validation.ValidationJson;
import dev.exoplan.io.validation.ValidationReport;
import dev.exoplan.io.validation.ValidationSarif;
import dev.exoplan.io.validation.ValidationText;
import dev.exoplan.io.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    /** The output formats of {@code validate}; lower case as users type them. */
    enum Format {
        text, json, sarif
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    private Format format;

    @Option(names = "--strict")
    private boolean strict;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000")
    private int maxFindings;

    @Mixin
    private LanguageOption language;

    @Option(names = "--check", paramLabel = "ID", completionCandidates = CheckIds.class)
    private List<String> checks = new ArrayList<>();

    @Override
    public Integer call() {
        Texts texts = Cli.texts(spec);
        if (maxFindings < 0) {
            throw new UserException(ExitCodes.USAGE, texts.get("error.validate.maxFindings",
                    String.valueOf(maxFindings)));
        }
        if (files.stream().filter(InputFile::isStandardInput).count() > 1) {
            throw new UserException(ExitCodes.USAGE, texts.get("error.validate.stdinTwice"));
        }
        Environment environment = Cli.environment(spec);
        boolean excerpts = format == Format.text && environment.terminal();
        Validator validator = new Validator(selectedChecks(texts), strict, maxFindings, excerpts);
        List<FileValidation> results = new ArrayList<>();
        for (String file : files) {
            if (InputFile.isStandardInput(file) && environment.stdinClosed()) {
                String name = InputFile.shown(file);
                results.add(validator.validate(name, () -> {
                    throw PriceSheets.stdinClosed(name, "validate");
                }));
            } else if (file.equals("-")) {
                // Standard input can be read once; it is held (up to the size limit) for excerpts.
                byte[] bytes;
                try {
                    bytes = PriceSheets.bytes(environment.stdin(), "<stdin>", PricingOption.maxBytes(environment, Cli.texts(spec)));
                } catch (SheetException e) {
                    results.add(validator.validate("<stdin>", () -> {
                        throw e;
                    }));
                    continue;
                }
                results.add(validator.validate("<stdin>", () -> new ByteArrayInputStream(bytes)));
            } else {
                results.add(validator.validate(file, new Validator.Source() {
                    private boolean opened;

                    @Override
                    public InputStream open() throws SheetException {
                        Path path = PriceSheets.path(file);
                        if (opened && !InputFile.rereadable(path)) {
                            // a pipe, a FIFO, /dev/stdin: read once, its excerpts are gone (and a FIFO
                            // opened again would wait for a writer)
                            throw new SheetException(List.of());
                        }
                        opened = true;
                        return PriceSheets.open(path, file);
                    }
                }));
            }
        }
        String output = renderer(format, language.language(), excerpts)
                .render(new ValidationReport(results, maxFindings));
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return results.stream().allMatch(FileValidation::valid) ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** The renderer {@code --format} names; {@code excerpts} show each finding's line (text only). */
    static Renderer<ValidationReport> renderer(Format format, Language lang, boolean excerpts) {
        return switch (format) {
            case text -> new ValidationText(lang, excerpts);
            case json -> new ValidationJson(lang);
            case sarif -> new ValidationSarif(lang, new VersionProvider().version());
        };
    }

    private Set<Check> selectedChecks(Texts texts) {
        Set<Check> selected = EnumSet.noneOf(Check.class);
        List<String> known = Arrays.stream(Check.values()).map(Check::id).toList();
        for (String id : checks) {
            selected.add(Check.byId(id).orElseThrow(() -> new UserException(ExitCodes.USAGE, texts.get(
                    "error.validate.unknownCheck", id, ClosestMatch.among(id, known)
                            .map(m -> texts.get("error.unknownId.didYouMean", m)).orElse(""),
                    String.join(", ", known)))));
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
