package dev.exoplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.cost.Quote;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Language;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote rows written one at a time, in one of the documented formats. CSV, JSON and JSON Lines
 * stream through Jackson's generators (nothing is held, amounts are written as plain decimals
 * straight from their minor units); text and Markdown, which align their columns for people, hold
 * the rows until the end. The columns and JSON names are the same in every format.
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

    /** CSV as every exoplan table writes it (quote and compare). */
    static final CsvFactory CSV = CsvFactory.builder()
            // Quote a cell only where RFC 4180 needs it (a comma, a quote, a line break).
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final JsonFactory JSON = TerminalEscapes.on(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        SCHEMA = schema.build().withHeader();
    }

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
            case CSV -> {
                CsvGenerator generator = CSV.createGenerator(out);
                generator.setSchema(SCHEMA);
                yield new Streaming(language, generator, true, false);
            }
            case JSONL -> {
                JsonGenerator generator = JSON.createGenerator(out);
                generator.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
                yield new Streaming(language, generator, false, false);
            }
            case JSON -> {
                JsonGenerator generator = JSON.createGenerator(out);
                generator.setPrettyPrinter(PlanJson.PRETTY);
                generator.writeStartArray();
                yield new Streaming(language, generator, false, true);
            }
            case MARKDOWN -> new Held(language, out, true);
            case TEXT -> new Held(language, out, false);
        };
    }

    /** Writes one row (or holds it, for the aligned formats). */
    public abstract void write(Quote quote) throws IOException;

    /** Ends the table: closes the JSON array, or writes the held rows aligned. Does not close the writer. */
    public abstract void finish() throws IOException;

    /**
     * For a run that stops early: makes every row written so far whole on the writer, without ending
     * the table (a JSON array stays open, so that no one mistakes it for a complete one).
     */
    public abstract void flush() throws IOException;

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

    /** An amount in minor units as a plain decimal in the major unit: 55799 cents → "557.99". */
    static String plain(long minor, int digits) {
        if (digits == 0) {
            return Long.toString(minor);
        }
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        String fraction = Long.toString(minor % scale);
        return (minor / scale) + "." + "0".repeat(digits - fraction.length()) + fraction;
    }

    private static final class Streaming extends QuoteTable {
        private final JsonGenerator generator;
        private final boolean neutralise;
        private final boolean array;
        private int rows;

        Streaming(Language language, JsonGenerator generator, boolean neutralise, boolean array) {
            super(language);
            this.generator = generator;
            this.neutralise = neutralise;
            this.array = array;
        }

        @Override
        public void write(Quote q) throws IOException {
            int digits = Amounts.minorDigits(q.currency());
            String name = q.clinicName().in(language);
            JsonGenerator g = generator;
            // CSV rows are written as arrays in the header's column order; JSON rows as objects.
            boolean csv = neutralise;
            if (csv) {
                g.writeStartArray();
            } else {
                g.writeStartObject();
            }
            string(g, csv, "clinic", q.clinic());
            string(g, csv, "clinic_name", csv ? neutralise(name) : name);
            string(g, csv, "goal", q.goal());
            string(g, csv, "method", q.method());
            string(g, csv, "start", q.start().toString());
            number(g, csv, "months", q.months());
            string(g, csv, "currency", q.currency().getCurrencyCode());
            number(g, csv, "sessions_low", q.low().sessions());
            number(g, csv, "sessions_typical", q.typical().sessions());
            number(g, csv, "sessions_high", q.high().sessions());
            amount(g, csv, "total_low", q.low().total(), digits);
            amount(g, csv, "total_typical", q.typical().total(), digits);
            amount(g, csv, "total_high", q.high().total(), digits);
            amount(g, csv, "tax_low", q.low().tax(), digits);
            amount(g, csv, "tax_typical", q.typical().tax(), digits);
            amount(g, csv, "tax_high", q.high().tax(), digits);
            amount(g, csv, "monthly_typical", q.monthlyTypical(), digits);
            if (csv) {
                g.writeEndArray();
            } else {
                g.writeEndObject();
            }
            rows++;
        }

        private static void string(JsonGenerator g, boolean csv, String name, String value) throws IOException {
            if (!csv) {
                g.writeFieldName(name);
            }
            g.writeString(value);
        }

        private static void number(JsonGenerator g, boolean csv, String name, int value) throws IOException {
            if (!csv) {
                g.writeFieldName(name);
            }
            g.writeNumber(value);
        }

        private static void amount(JsonGenerator g, boolean csv, String name, long minor, int digits)
                throws IOException {
            if (!csv) {
                g.writeFieldName(name);
            }
            if (digits == 0) {
                g.writeNumber(minor);
            } else {
                g.writeNumber(plain(minor, digits));
            }
        }

        @Override
        public void flush() throws IOException {
            generator.flush();
        }

        @Override
        public void finish() throws IOException {
            if (rows == 0 && generator instanceof CsvGenerator) {
                // Jackson writes the header with the first row; a table without rows still has one.
                generator.writeRaw(String.join(",", COLUMNS) + "\n");
            }
            if (array) {
                generator.writeEndArray();
                generator.writeRaw('\n');
            } else if (rows > 0 && !(generator instanceof CsvGenerator)) {
                generator.writeRaw('\n');
            }
            generator.flush();
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
        public void flush() throws IOException {
            if (!quotes.isEmpty()) {
                finish();
            }
        }

        @Override
        public void finish() throws IOException {
            PeopleFormat format = new PeopleFormat(language);
            List<String[]> rows = new ArrayList<>();
            rows.add(COLUMNS.toArray(String[]::new));
            for (Quote q : quotes) {
                String name = Terminal.safe(q.clinicName().in(language));
                rows.add(new String[] {q.clinic(), markdown ? Layout.markdownCell(name) : name, q.goal(), q.method(),
                    q.start().toString(), String.valueOf(q.months()), q.currency().getCurrencyCode(),
                    String.valueOf(q.low().sessions()), String.valueOf(q.typical().sessions()),
                    String.valueOf(q.high().sessions()), format.money(q.money(q.low().total())),
                    format.money(q.money(q.typical().total())), format.money(q.money(q.high().total())),
                    format.money(q.money(q.low().tax())), format.money(q.money(q.typical().tax())),
                    format.money(q.money(q.high().tax())), format.money(q.money(q.monthlyTypical()))});
            }
            boolean[] right = new boolean[COLUMNS.size()];
            for (int c = 5; c < right.length; c++) {
                right[c] = c != 6;
            }
            StringBuilder table = new StringBuilder();
            if (markdown) {
                Layout.markdown(rows, right, table);
            } else {
                Layout.table(rows, right, "  ", table);
            }
            out.write(table.toString());
            out.flush();
        }
    }
}
