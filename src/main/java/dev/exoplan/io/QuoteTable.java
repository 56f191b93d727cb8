package dev.exoplan.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.cost.Quote;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Language;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote rows written one at a time, in one of the documented formats. CSV, JSON and JSON Lines
 * stream (nothing is held); text and Markdown, which align their columns for people, hold the rows
 * until the end. The columns and JSON names are the same in every format.
 */
public abstract class QuoteTable {

    /** The formats of {@code exoplan quote}. */
    public enum Format {
        CSV, JSON, JSONL, MARKDOWN, TEXT
    }

    /** The columns, in order: the CSV header and the JSON names. */
    public static final List<String> COLUMNS = List.of("clinic", "clinic_name", "goal", "method", "start", "months",
            "currency", "sessions_low", "sessions_typical", "sessions_high", "total_low", "total_typical",
            "total_high", "tax_low", "tax_typical", "tax_high", "monthly_typical");

    /** A row as machines read it: amounts as plain decimals in the currency's major unit. */
    @JsonPropertyOrder({"clinic", "clinic_name", "goal", "method", "start", "months", "currency", "sessions_low",
        "sessions_typical", "sessions_high", "total_low", "total_typical", "total_high", "tax_low", "tax_typical",
        "tax_high", "monthly_typical"})
    record Row(
            String clinic,
            @JsonProperty("clinic_name") String clinicName,
            String goal,
            String method,
            String start,
            int months,
            String currency,
            @JsonProperty("sessions_low") int sessionsLow,
            @JsonProperty("sessions_typical") int sessionsTypical,
            @JsonProperty("sessions_high") int sessionsHigh,
            @JsonProperty("total_low") BigDecimal totalLow,
            @JsonProperty("total_typical") BigDecimal totalTypical,
            @JsonProperty("total_high") BigDecimal totalHigh,
            @JsonProperty("tax_low") BigDecimal taxLow,
            @JsonProperty("tax_typical") BigDecimal taxTypical,
            @JsonProperty("tax_high") BigDecimal taxHigh,
            @JsonProperty("monthly_typical") BigDecimal monthlyTypical) {

        static Row of(Quote q, Language language, boolean neutralise) {
            String name = q.clinicName().in(language);
            return new Row(q.clinic(), neutralise ? neutralise(name) : name, q.goal(), q.method(),
                    q.start().toString(), q.months(), q.currency().getCurrencyCode(),
                    q.low().sessions(), q.typical().sessions(), q.high().sessions(),
                    Amounts.plain(q.low().total()), Amounts.plain(q.typical().total()), Amounts.plain(q.high().total()),
                    Amounts.plain(q.low().tax()), Amounts.plain(q.typical().tax()), Amounts.plain(q.high().tax()),
                    Amounts.plain(q.monthlyTypical()));
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Quote a cell only where RFC 4180 needs it (a comma, a quote, a line break).
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    protected final Language language;

    QuoteTable(Language language) {
        this.language = language;
    }

    /**
     * @param bom start with a UTF-8 byte-order mark, which Excel in Japanese locales needs to read
     *            UTF-8 CSV (CSV only)
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        return switch (format) {
            case CSV -> new Streaming(language, out,
                    CSV.writer(CSV.schemaFor(Row.class).withHeader()).writeValues(out), true);
            case JSONL -> new Streaming(language, out,
                    JSON.writer().withRootValueSeparator("\n").writeValues(out), false) {
                @Override
                public void finish() throws IOException {
                    super.finish();
                    if (rows > 0) {
                        out.write('\n');
                    }
                    out.flush();
                }
            };
            case JSON -> new Streaming(language, out, JSON.writer(PlanJson.PRETTY).writeValuesAsArray(out),
                    false) {
                @Override
                public void finish() throws IOException {
                    super.finish();
                    out.write('\n');
                    out.flush();
                }
            };
            case MARKDOWN -> new Held(language, out, true);
            case TEXT -> new Held(language, out, false);
        };
    }

    /** Writes one row (or holds it, for the aligned formats). */
    public abstract void write(Quote quote) throws IOException;

    /** Ends the table: closes the JSON array, or writes the held rows aligned. Does not close the writer. */
    public abstract void finish() throws IOException;

    /**
     * A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
     * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
     */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static class Streaming extends QuoteTable {
        final Writer out;
        private final SequenceWriter sequence;
        private final boolean neutralise;
        int rows;

        Streaming(Language language, Writer out, SequenceWriter sequence, boolean neutralise) {
            super(language);
            this.out = out;
            this.sequence = sequence;
            this.neutralise = neutralise;
        }

        @Override
        public void write(Quote quote) throws IOException {
            sequence.write(Row.of(quote, language, neutralise));
            rows++;
        }

        @Override
        public void finish() throws IOException {
            sequence.flush();
            // Closing the sequence ends the JSON array; the writer itself stays open (AUTO_CLOSE_TARGET is off).
            sequence.close();
        }
    }

    private static final class Held extends QuoteTable {
        private final Writer out;
        private final boolean markdown;
        private final List<Quote> quotes = new ArrayList<>();

        Held(Language language, Writer out, boolean markdown) {
            super(language);
            this.out = out;
            this.markdown = markdown;
        }

        @Override
        public void write(Quote quote) {
            quotes.add(quote);
        }

        @Override
        public void finish() throws IOException {
            PeopleFormat format = new PeopleFormat(language);
            List<String[]> rows = new ArrayList<>();
            rows.add(COLUMNS.toArray(String[]::new));
            for (Quote q : quotes) {
                String name = Terminal.safe(q.clinicName().in(language));
                rows.add(new String[] {q.clinic(), markdown ? markdownCell(name) : name, q.goal(), q.method(),
                    q.start().toString(), String.valueOf(q.months()), q.currency().getCurrencyCode(),
                    String.valueOf(q.low().sessions()), String.valueOf(q.typical().sessions()),
                    String.valueOf(q.high().sessions()), format.money(q.low().total()),
                    format.money(q.typical().total()), format.money(q.high().total()), format.money(q.low().tax()),
                    format.money(q.typical().tax()), format.money(q.high().tax()), format.money(q.monthlyTypical())});
            }
            boolean[] right = new boolean[COLUMNS.size()];
            for (int c = 5; c < right.length; c++) {
                right[c] = c != 6;
            }
            StringBuilder table = new StringBuilder();
            if (markdown) {
                markdown(rows, right, table);
            } else {
                Layout.table(rows, right, "  ", table);
            }
            out.write(table.toString());
            out.flush();
        }

        private static String markdownCell(String cell) {
            return neutralise(cell).replace("\\", "\\\\").replace("|", "\\|");
        }

        /** A GitHub-flavoured Markdown table, its columns padded so the source reads as a table too. */
        private static void markdown(List<String[]> rows, boolean[] right, StringBuilder out) {
            int[] widths = new int[right.length];
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    widths[c] = Math.max(Math.max(3, widths[c]), DisplayWidth.of(row[c]));
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                line(rows.get(r), widths, right, out);
                if (r == 0) {
                    String[] rule = new String[right.length];
                    for (int c = 0; c < rule.length; c++) {
                        rule[c] = right[c] ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]);
                    }
                    line(rule, widths, right, out);
                }
            }
        }

        private static void line(String[] cells, int[] widths, boolean[] right, StringBuilder out) {
            out.append('|');
            for (int c = 0; c < cells.length; c++) {
                out.append(' ').append(right[c] ? DisplayWidth.padLeft(cells[c], widths[c])
                        : DisplayWidth.padRight(cells[c], widths[c])).append(" |");
            }
            out.append('\n');
        }
    }
}
