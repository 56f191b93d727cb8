package dev.exoplan.cli;

import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Quoter;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.io.AtomicFile;
import dev.exoplan.io.QuoteRequests;
import dev.exoplan.io.QuoteTable;
import dev.exoplan.io.Terminal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import picocli.CommandLine.TypeConversionException;

/** {@code exoplan quote}: quote tables for scripts, one row per goal, method and clinic or per request. */
@Command(name = "quote",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints a quote table: one row per course — low / typical / high sessions, totals and tax, and the "
                    + "typical monthly average — computed as 'exoplan plan' does.",
            "",
            "Without --requests: a row for every goal, method and clinic of the sheet (the method listed by the "
                    + "goal and priced by the clinic), narrowed by --goal, --method and --clinic, sorted by clinic, "
                    + "goal and method. With --requests: a row per request, in order."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  exoplan quote --format markdown",
            "  exoplan quote --clinic sample-a --goal skin --goal hair --output quotes.csv --bom",
            "  exoplan quote --requests requests.csv --format jsonl",
            "",
            "Exit codes: 0 every row quoted, 1 a request row or the request file is bad (reported on stderr with "
                    + "its line; the other rows are still quoted unless --fail-fast), 2 usage error."})
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

    @Option(names = "--goal", paramLabel = "GOAL", description = "Only this goal (repeatable). With --requests: "
            + "the goal of rows that leave it blank.")
    private List<String> goals = new ArrayList<>();

    @Option(names = "--method", paramLabel = "METHOD", description = "Only this method (repeatable). With "
            + "--requests: the method of rows that leave it blank.")
    private List<String> methods = new ArrayList<>();

    @Option(names = "--clinic", paramLabel = "ID", description = "Only this clinic (repeatable). With --requests: "
            + "the clinic of rows that leave it blank.")
    private List<String> clinics = new ArrayList<>();

    @Mixin
    private PeriodOption period;

    @Option(names = "--requests", paramLabel = "FILE",
            description = "Requests to quote, one per row: CSV with the header goal,method,clinic,start,months "
                    + "(any of them; blank cells take the defaults above), or JSON Lines with the same keys. "
                    + "'-' reads standard input.")
    private String requests;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv, json and "
                    + "jsonl stream with plain amounts; markdown and text align the columns for people.")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output; it appears only when the run completes (a "
                    + "stop half way — --fail-fast, a broken request file — leaves any earlier FILE as it was).")
    private Path output;

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte-order mark, which Excel in Japanese "
            + "locales needs to read UTF-8.")
    private boolean bom;

    @Option(names = "--fail-fast", description = "Stop at the first bad request row (and write no --output file).")
    private boolean failFast;

    private int badRows;
    /** Request files repeat their dates; parsing each distinct one once is a large part of the speed. */
    private final Map<String, LocalDate> dates = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        if (bom && format != Format.csv) {
            throw new UserException(ExitCodes.USAGE, "--bom is for CSV (Excel needs it there); " + format
                    + " output must not start with one");
        }
        int months = period.months();
        if (months < Horizon.MIN_MONTHS || months > Horizon.MAX_MONTHS) {
            throw new UserException(ExitCodes.USAGE, "--months: months must be a whole number from "
                    + Horizon.MIN_MONTHS + " to " + Horizon.MAX_MONTHS + ", got " + months);
        }
        PriceSheet sheet = pricing.load().sheet();
        SheetIds.check("--goal", "goal", goals, sheet.goals().keySet(), "goals in this sheet");
        SheetIds.check("--method", "method", methods, sheet.methods().keySet(), "methods in this sheet");
        SheetIds.check("--clinic", "clinic", clinics, sheet.clinics().stream().map(Clinic::id).toList(),
                "clinics in this sheet");
        if (output != null && Files.isDirectory(output)) {
            throw new UserException(ExitCodes.BAD_INPUT, "--output " + output + ": is a folder; give the name of "
                    + "the file to write");
        }
        if (requests != null) {
            for (List<String> option : List.of(goals, methods, clinics)) {
                if (option.size() > 1) {
                    throw new UserException(ExitCodes.USAGE, "with --requests, --goal, --method and --clinic give "
                            + "the one value that blank cells take; got " + String.join(", ", option));
                }
            }
        }
        LocalDate first = period.start();
        Quoter quoter = new Quoter(sheet);
        QuoteTable.Format tableFormat = QuoteTable.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            QuoteTable table = QuoteTable.create(tableFormat, out, language.language(), bom);
            if (quote(sheet, quoter, table, first, out)) {
                table.finish();
            } else {
                // Rows already written stay whole when the run stops early (the exit code tells).
                table.flush();
            }
            out.flush();
        } else {
            try (AtomicFile file = AtomicFile.create(output)) {
                QuoteTable table = QuoteTable.create(tableFormat, file.writer(), language.language(), bom);
                if (quote(sheet, quoter, table, first, null)) {
                    table.finish();
                    file.commit();
                }
            } catch (NoSuchFileException | AccessDeniedException e) {
                throw new UserException(ExitCodes.BAD_INPUT, "--output " + output + ": cannot write there ("
                        + (e instanceof NoSuchFileException ? "no such folder" : "permission denied")
                        + "); nothing was written — choose a folder that exists and can be written");
            } catch (FileSystemException e) {
                throw new UserException(ExitCodes.BAD_INPUT, "--output " + output + ": cannot be written ("
                        + Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName())
                        + "); nothing was written");
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
            int written = 0;
            List<PlanRequest> all = combinations(sheet, first);
            if (all.isEmpty()) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": no goal, method and clinic of the "
                        + "sheet match the filters (a clinic must price a method its goal lists)");
            }
            for (PlanRequest request : all) {
                table.write(quoter.quote(request));
                if (++written % CHECK_EVERY == 0 && closed(stdout)) {
                    return false;
                }
            }
            return true;
        }
        String name = requests.equals("-") ? "<stdin>" : requests;
        try (Reader reader = open(name); QuoteRequests rows = QuoteRequests.open(reader);
                Progress progress = Progress.of(Cli.environment(spec), "Quoting",
                        () -> name.equals("<stdin>") ? -1 : Progress.dataLines(Path.of(name)))) {
            int written = 0;
            while (rows.hasNext()) {
                QuoteRequests.Row row = rows.next();
                progress.step();
                try {
                    table.write(quoter.quote(request(row, first)));
                } catch (InvalidRequestException | BadCell e) {
                    bad(name, row.line(), e.getMessage());
                    if (failFast) {
                        return false;
                    }
                }
                if (++written % CHECK_EVERY == 0 && closed(stdout)) {
                    return false;
                }
            }
            return true;
        } catch (QuoteRequests.FileError e) {
            bad(name, e.line(), e.getMessage());
            return false;
        }
    }

    private Reader open(String name) throws IOException {
        if (name.equals("<stdin>")) {
            return new InputStreamReader(Cli.environment(spec).stdin(), StandardCharsets.UTF_8);
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserException(ExitCodes.BAD_INPUT, name + ": is not a file name this system allows ("
                    + e.getReason() + ") — check the name given to --requests");
        }
        if (Files.isDirectory(path)) {
            throw new UserException(ExitCodes.BAD_INPUT, name + ": is a directory — give the request file itself");
        }
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.BAD_INPUT, name + ": does not exist — check the path given to "
                    + "--requests");
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCodes.BAD_INPUT, name + ": cannot be read (permission denied)");
        }
    }

    /** Every goal × method × clinic the sheet offers, narrowed by the filters, sorted by clinic, goal, method. */
    private List<PlanRequest> combinations(PriceSheet sheet, LocalDate first) {
        List<PlanRequest> all = new ArrayList<>();
        List<Clinic> sortedClinics = sheet.clinics().stream().sorted(Comparator.comparing(Clinic::id)).toList();
        List<Goal> sortedGoals = sheet.goals().values().stream().sorted(Comparator.comparing(Goal::id)).toList();
        for (Clinic clinic : sortedClinics) {
            if (!clinics.isEmpty() && !clinics.contains(clinic.id())) {
                continue;
            }
            for (Goal goal : sortedGoals) {
                if (!goals.isEmpty() && !goals.contains(goal.id())) {
                    continue;
                }
                goal.methods().stream().sorted()
                        .filter(m -> clinic.prices(m) && (methods.isEmpty() || methods.contains(m)))
                        .forEach(m -> all.add(new PlanRequest(goal.id(), m, Optional.of(clinic.id()), first,
                                period.months())));
            }
        }
        return all;
    }

    private PlanRequest request(QuoteRequests.Row row, LocalDate first) {
        String goal = cellOr(row, "goal", goals);
        String method = cellOr(row, "method", methods);
        Optional<String> clinic = Optional.ofNullable(row.cell("clinic")).or(() -> clinics.stream().findFirst());
        LocalDate date = first;
        if (row.cell("start") != null) {
            date = dates.get(row.cell("start"));
            if (date == null) {
                try {
                    date = new IsoDateConverter().convert(row.cell("start"));
                } catch (TypeConversionException e) {
                    throw new BadCell("start " + e.getMessage());
                }
                if (dates.size() > 10_000) {
                    dates.clear();
                }
                dates.put(row.cell("start"), date);
            }
        }
        int length = period.months();
        if (row.cell("months") != null) {
            try {
                length = Integer.parseInt(row.cell("months"));
            } catch (NumberFormatException e) {
                throw new BadCell("months '" + row.cell("months") + "' is not a whole number; write one from "
                        + Horizon.MIN_MONTHS + " to " + Horizon.MAX_MONTHS);
            }
        }
        return new PlanRequest(goal, method, clinic, date, length);
    }

    private static String cellOr(QuoteRequests.Row row, String column, List<String> defaults) {
        String value = row.cell(column);
        if (value != null) {
            return value;
        }
        if (!defaults.isEmpty()) {
            return defaults.get(0);
        }
        throw new BadCell("no " + column + ": the cell is blank and --" + column + " is not given");
    }

    private void bad(String file, int line, String message) {
        badRows++;
        spec.commandLine().getErr().println(Terminal.safe(spec.qualifiedName() + ": " + file
                + (line > 0 ? ":" + line : "") + ": " + message));
    }

    /** A reader that went away (`| head`) is no error: the output simply ends. */
    private boolean closed(PrintWriter stdout) {
        return stdout != null && stdout.checkError();
    }


    /** A request row whose cell cannot be read. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message);
        }
    }
}
