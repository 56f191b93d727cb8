package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.FileOutput;
import dev.exoplan.cli.UserException;
import dev.exoplan.cli.option.FilterOption;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.cli.option.PeriodOption;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.cli.option.SheetIds;
import dev.exoplan.cli.option.VariantOption;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.quote.Combinations;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.io.file.InputFile;
import dev.exoplan.io.quote.QuoteRequests;
import dev.exoplan.io.quote.QuoteTable;
import dev.exoplan.io.quote.RequestCells;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code exoplan quote}: quote tables for scripts, one row per goal, method and clinic or per request. */
@Command(name = "quote",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class QuoteCommand implements Callable<Integer> {

    /** The output formats; lower case as users type them. */
    enum Format {
        csv, json, jsonl, markdown, text
    }

    /** How often, in rows, a closed standard output is looked for. */
    private static final int CHECK_EVERY = 1024;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PricingOption pricing;

    @Mixin
    private LanguageOption language;

    @Option(names = "--goal", paramLabel = "GOAL")
    private List<String> goals = new ArrayList<>();

    @Mixin
    private FilterOption filter;

    @Mixin
    private VariantOption variant;

    @Mixin
    private PeriodOption period;

    @Mixin
    private PayInOption payIn;

    @Option(names = "--requests", paramLabel = "FILE")
    private String requests;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE")
    private Path output;

    @Option(names = "--bom")
    private boolean bom;

    @Option(names = "--fail-fast")
    private boolean failFast;

    private int badRows;
    /** Rows written to the table so far, for the message of a run that stops early. */
    private int written;
    /** The request file as messages name it, and its rows; null without --requests. */
    private String name;
    private QuoteRequests rows;
    /** Messages in the command's language, set when the command runs. */
    private Texts texts;

    @Override
    public Integer call() throws Exception {
        texts = Cli.texts(spec);
        if (bom && format != Format.csv) {
            throw new UserException(ExitCodes.USAGE, texts.get("error.bom", format));
        }
        if (requests != null && InputFile.isStandardInput(requests)) {
            if (pricing.readsStdin()) {
                throw new UserException(ExitCodes.USAGE, texts.get("error.quote.stdinTwice"));
            }
            if (Cli.environment(spec).stdinClosed()) {
                throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.stdinClosed",
                        InputFile.shown(requests)));
            }
        }
        Optional<PayIn> instalments = payIn.asked(texts).map(asked -> {
            PayInOption.checkRange(asked.instalments(), texts);
            return new PayIn(asked.instalments(), asked.financing(), asked.rate());
        });
        int months = period.months();
        if (months < Horizon.MIN_MONTHS || months > Horizon.MAX_MONTHS) {
            throw new UserException(ExitCodes.USAGE, "--months: " + texts.get("error.months",
                    String.valueOf(Horizon.MIN_MONTHS), String.valueOf(Horizon.MAX_MONTHS), String.valueOf(months)));
        }
        PriceSheet sheet = pricing.load().sheet();
        SheetIds.check(texts, "--goal", "goal", goals, sheet.goals().keySet());
        filter.check(texts, sheet);
        if (output != null && Files.isDirectory(output)) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.output.folder", output));
        }
        if (output != null) {
            FileOutput.refuseInput(texts, "--output", output, Map.of("--pricing", pricing.file(), "--requests",
                    Optional.ofNullable(requests).filter(r -> !r.equals("-")).flatMap(FileOutput::path)));
        }
        if (requests != null) {
            for (List<String> option : List.of(goals, filter.methods(), filter.clinics())) {
                if (option.size() > 1) {
                    throw new UserException(ExitCodes.USAGE, texts.get("error.quote.oneValue",
                            String.join(", ", option)));
                }
            }
        }
        LocalDate first = period.start();
        Quoter quoter = new Quoter(sheet, instalments);
        QuoteTable.Format tableFormat = QuoteTable.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        boolean variants = sheet.clinics().stream().anyMatch(c -> !c.variants().isEmpty());
        if (requests != null) {
            // Opened before the table: whether rows carry ids is in the request file's header.
            name = InputFile.shown(requests);
            InputStream in = open(name);
            try {
                rows = QuoteRequests.open(in, language.language());
            } catch (QuoteRequests.FileError e) {
                in.close();
                bad(name, e.line(), 0, e.getMessage());
                stopped(name, e.line(), "quote.stopped.file");
                return ExitCodes.BAD_INPUT;
            }
        }
        QuoteTable.Columns columns = new QuoteTable.Columns(variants, rows != null, rows != null && rows.ids(),
                instalments.isPresent());
        PrintWriter out = spec.commandLine().getOut();
        if (toStandardOutput()) {
            QuoteTable table = QuoteTable.create(tableFormat, out, language.language(), bom, columns,
                    Cli.environment(spec).terminal(), Cli.environment(spec).columns());
            if (quote(sheet, quoter, table, first, out)) {
                table.finish();
            } else {
                // Rows already written stay whole when the run stops early (the exit code tells).
                table.flush();
            }
            out.flush();
        } else {
            try {
                FileOutput.write(texts, "--output", output, out, file -> {
                    QuoteTable table = QuoteTable.create(tableFormat, file, language.language(), bom, columns);
                    if (quote(sheet, quoter, table, first, null)) {
                        table.finish();
                        return true;
                    }
                    // A file written directly (a FIFO, a device) keeps every row written so far whole.
                    table.flush();
                    return false;
                });
            } finally {
                if (rows != null) {
                    // Quoting closes it; an output that could not even be opened leaves that to here.
                    rows.close();
                }
            }
        }
        return badRows > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /**
     * Quotes every row into {@code table}.
     *
     * @param stdout the standard output being written, watched for a closed pipe; null for a file
     * @return true when every row was read (bad rows included), false when reading stopped early
     */
    private boolean quote(PriceSheet sheet, Quoter quoter, QuoteTable table, LocalDate first, PrintWriter stdout)
            throws IOException {
        if (requests == null) {
            Iterator<PlanRequest> all = Combinations.stream(sheet, goals, filter.methods(), filter.clinics(), first,
                    period.months(), variant.variant()).iterator();
            if (!all.hasNext()) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + texts.get("error.quote.noMatch"));
            }
            while (all.hasNext()) {
                PlanRequest request = all.next();
                Quote quote;
                try {
                    quote = quoter.quote(request);
                } catch (InvalidRequestException e) {
                    // Only --pay-in refuses a combination of the sheet: a bad row, as a request file's would be.
                    String row = texts.get("quote.combination", request.clinic().orElseThrow(), request.goal(),
                            request.method());
                    bad(row, 0, 0, e.message(language.language()));
                    if (failFast) {
                        stopped(row, 0, "quote.stopped.failFast");
                        return false;
                    }
                    continue;
                }
                table.write(quote);
                if (++written % CHECK_EVERY == 0 && closed(stdout)) {
                    return false;
                }
            }
            return true;
        }
        RequestCells cells = new RequestCells(new RequestCells.Defaults(goals.stream().findFirst(),
                filter.methods().stream().findFirst(), filter.clinics().stream().findFirst(), first, period.months(),
                variant.variant()), language.language());
        // Closed here, however the quoting ends; opened by call(), which read the header. The pipeline reads
        // and quotes on two threads of its own; this thread writes, reports and stops, in the file's order.
        try (QuoteRequests rows = this.rows;
                Progress progress = Progress.of(Cli.environment(spec), "Quoting",
                        () -> name.equals("<stdin>") ? -1 : Progress.dataLines(Path.of(name)));
                QuotePipeline pipeline = QuotePipeline.start(rows, cells::request, quoter, language.language(),
                        failFast, QuotePipeline.BATCH)) {
            for (QuotePipeline.Batch b = pipeline.next(); b != null; b = pipeline.next()) {
                for (int i = 0; i < b.size(); i++) {
                    QuoteRequests.Entry entry = b.entry(i);
                    progress.step();
                    String problem = b.problem(i);
                    if (problem == null) {
                        QuoteRequests.Row row = (QuoteRequests.Row) entry;
                        table.write(b.quote(i), entry.request(), row.id(), row.idType());
                        written++;
                    } else {
                        bad(name, entry.line(), b.column(i), problem);
                        if (failFast) {
                            stopped(name, entry.line(), "quote.stopped.failFast");
                            return false;
                        }
                    }
                    if (entry.request() % CHECK_EVERY == 0 && closed(stdout)) {
                        return false;
                    }
                }
                b.end();
            }
            return true;
        } catch (QuoteRequests.FileError e) {
            bad(name, e.line(), 0, e.getMessage());
            stopped(name, e.line(), "quote.stopped.file");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (name.equals("<stdin>")) {
            return Cli.environment(spec).stdin();
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.badName", name,
                    e.getReason()));
        }
        if (Files.isDirectory(path)) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.directory", name));
        }
        try {
            return InputFile.open(path);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.missing", name));
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.denied", name));
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.quote.requests.unreadable", name,
                    String.valueOf(e.getMessage())));
        }
    }

    private void bad(String file, int line, int column, String message) {
        badRows++;
        spec.commandLine().getErr().println(SafeText.forPeople(spec.qualifiedName() + ": " + file
                + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": " + message));
    }

    /**
     * Says that the run stopped at {@code line} of the request file, and what it wrote: the rows before
     * it on standard output, or nothing at all with --output, whose file appears only for a whole run.
     */
    private void stopped(String file, int line, String why) {
        String what = toStandardOutput() ? texts.get("quote.stopped.written", written)
                : texts.get("quote.stopped.notWritten", written, output);
        spec.commandLine().getErr().println(SafeText.forPeople(spec.qualifiedName() + ": " + file
                + (line > 0 ? ":" + line : "") + ": " + texts.get(why, what)));
    }

    private boolean toStandardOutput() {
        return output == null || FileOutput.standardOutput(output);
    }

    /** A reader that went away (`| head`) is no error: the output simply ends. */
    private boolean closed(PrintWriter stdout) {
        return stdout != null && stdout.checkError();
    }

}
