package dev.exoplan.io.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Quote rows written one at a time, in one of the documented formats. JSON and JSON Lines stream
 * through Jackson's generators, CSV through {@link CsvTable}'s own buffer (nothing is held, amounts
 * are written as plain decimals straight from their minor units); text and Markdown, which align their columns for people, hold
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

    /**
     * The column after {@link #COLUMNS} in tables of a sheet that prices some method by variant: the
     * variant a row was asked for (blank, or null in JSON, when none was).
     */
    public static final String VARIANT = "variant";

    /**
     * The columns after those (and {@link #VARIANT}) in tables of a request file: the request's 1-based
     * data-row number, so that a script can join results to requests when some rows failed.
     */
    public static final String REQUEST = "request";

    /** The column after {@link #REQUEST} when the request file gives ids: the request's id, as it is. */
    public static final String ID = "id";

    /**
     * The last column of CSV, JSON and JSON Lines tables (not of the text and Markdown tables for people):
     * what the typical scenario prepays for packages, tax included ({@link Quote.Totals#prepaid}); 0 where
     * it buys none. Added after every column that existed before it.
     */
    public static final String PREPAID = "prepaid";

    /**
     * The last column of every format with {@code --pay-in} (after {@link #PREPAID} where a format has it):
     * the typical total with the credit fees ({@link Quote#typicalWithFinancing}). {@code compare} names its
     * column the same.
     */
    public static final String FINANCED = "total_with_financing_typical";

    /**
     * Which columns a table has beyond {@link #COLUMNS}, always in this order and always last, so that
     * readers that go by position keep working: {@link #VARIANT} for a sheet that prices some method by
     * variant, {@link #REQUEST} for requests from a file, {@link #ID} when that file gives ids, then
     * {@link #PREPAID} in the formats for programs, then {@link #FINANCED} with {@code --pay-in}.
     */
    public record Columns(boolean variant, boolean request, boolean id, boolean financed) {

        /** The columns without {@code --pay-in}. */
        public Columns(boolean variant, boolean request, boolean id) {
            this(variant, request, id, false);
        }

        /** The columns of a table without requests, as before request files carried ids. */
        public static Columns of(boolean variant) {
            return new Columns(variant, false, false);
        }

        /** Every column, in order: the CSV header and the JSON names. */
        public List<String> names() {
            List<String> names = new ArrayList<>(beforePrepaid());
            names.add(PREPAID);
            if (financed) {
                names.add(FINANCED);
            }
            return List.copyOf(names);
        }

        /** The columns of the text and Markdown tables: all but {@link #PREPAID}. */
        List<String> forPeople() {
            List<String> names = new ArrayList<>(beforePrepaid());
            if (financed) {
                names.add(FINANCED);
            }
            return List.copyOf(names);
        }

        private List<String> beforePrepaid() {
            List<String> names = new ArrayList<>(COLUMNS);
            if (variant) {
                names.add(VARIANT);
            }
            if (request) {
                names.add(REQUEST);
            }
            if (id) {
                names.add(ID);
            }
            return List.copyOf(names);
        }
    }

    /**
     * CSV as compare writes it (quote's own CSV, {@link CsvTable}, writes the same cells: the header's
     * names, numbers and dates as they are, text cells as {@link SafeText#csvCell} makes them).
     */
    public static final CsvFactory CSV = CsvFactory.builder()
            // Quote a cell only where RFC 4180 needs it. Jackson writes only the header and numbers:
            // text cells are made by SafeText.csvCell (Jackson 2.20's strict quoting left a lone CR bare).
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The columns of a table without requests, with {@link #VARIANT} last when the sheet prices by variant. */
    public static List<String> columns(boolean variants) {
        return Columns.of(variants).names();
    }

    protected final Language language;
    /** The columns beyond {@link #COLUMNS}. */
    protected final Columns columns;

    QuoteTable(Language language, Columns columns) {
        this.language = language;
        this.columns = columns;
    }

    /**
     * @param variants add the {@link #VARIANT} column, for a sheet that prices some method by variant
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom, boolean variants)
            throws IOException {
        return create(format, out, language, bom, Columns.of(variants));
    }

    /**
     * @param bom start with a UTF-8 byte-order mark, which Excel in Japanese locales needs to read
     *            UTF-8 CSV (CSV only)
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom) throws IOException {
        return create(format, out, language, bom, Columns.of(false));
    }

    /**
     * @param bom     start with a UTF-8 byte-order mark, which Excel in Japanese locales needs to read
     *                UTF-8 CSV (CSV only)
     * @param columns the columns after {@link #COLUMNS}
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom, Columns columns)
            throws IOException {
        return create(format, out, language, bom, columns, false);
    }

    /**
     * @param columns  the columns after {@link #COLUMNS}
     * @param terminal the writer is a terminal: CSV cells are also neutralised ({@link SafeText#csvCell})
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom, Columns columns,
            boolean terminal) throws IOException {
        return create(format, out, language, bom, columns, terminal, Layout.DEFAULT_WIDTH);
    }

    /**
     * @param columns  the columns after {@link #COLUMNS}
     * @param terminal the writer is a terminal: CSV cells are also neutralised ({@link SafeText#csvCell})
     * @param width    the columns the text table is laid out to
     */
    public static QuoteTable create(Format format, Writer out, Language language, boolean bom, Columns columns,
            boolean terminal, int width) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        return switch (format) {
            case CSV -> new CsvTable(language, columns, out, terminal);
            case JSONL -> {
                JsonGenerator generator = JsonOutput.generator(out, JsonOutput.Shape.LINES);
                yield new Streaming(language, columns, generator, false);
            }
            case JSON -> {
                JsonGenerator generator = JsonOutput.generator(out, JsonOutput.Shape.INDENTED);
                generator.writeStartArray();
                yield new Streaming(language, columns, generator, true);
            }
            case MARKDOWN -> new Held(language, columns, out, true);
            case TEXT -> {
                Held text = new Held(language, columns, out, false);
                text.width = width;
                yield text;
            }
        };
    }

    /** Writes one row of a table without requests (or holds it, for the aligned formats). */
    public void write(Quote quote) throws IOException {
        write(quote, 0, null);
    }

    /** Writes one row whose id, if any, is a text. */
    public void write(Quote quote, int request, String id) throws IOException {
        write(quote, request, id, QuoteRequests.IdType.TEXT);
    }

    /**
     * Writes one row (or holds it, for the aligned formats).
     *
     * @param request the request's 1-based data-row number, written when the table has {@link #REQUEST}
     * @param id      the request's id as its file gives it, or null; written when the table has {@link #ID}
     * @param idType  what the id was in a JSON Lines request: JSON and JSON Lines write a number or a
     *                boolean as one (its text as the file has it), CSV and the tables for people its text
     */
    public abstract void write(Quote quote, int request, String id, QuoteRequests.IdType idType) throws IOException;

    /** Ends the table: closes the JSON array, or writes the held rows aligned. Does not close the writer. */
    public abstract void finish() throws IOException;

    /**
     * For a run that stops early: makes every row written so far whole on the writer, without ending
     * the table (a JSON array stays open, so that no one mistakes it for a complete one).
     */
    public abstract void flush() throws IOException;

    /** How many made cells the table keeps (a streaming table forgets them before a row once there are {@link #CELLS}); for tests. */
    int cellsKept() {
        return 0;
    }

    /** An amount in minor units as a plain decimal in the major unit: 55799 cents → "557.99". */
    public static String plain(long minor, int digits) {
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

    private CurrencyUnit lastCurrency;
    private int lastDigits;

    /** The currency's minor digits, looked up once while rows keep one currency (as they mostly do). */
    final int digits(CurrencyUnit currency) {
        if (currency != lastCurrency) {
            lastDigits = Amounts.minorDigits(currency);
            lastCurrency = currency;
        }
        return lastDigits;
    }

    /** The most CSV cells a table keeps made. */
    static final int CELLS = 4_096;

    private static final class Streaming extends QuoteTable {
        private final JsonGenerator generator;
        private final boolean array;
        private int rows;

        Streaming(Language language, Columns columns, JsonGenerator generator, boolean array) {
            super(language, columns);
            this.generator = generator;
            this.array = array;
        }

        @Override
        public void write(Quote q, int request, String id, QuoteRequests.IdType idType) throws IOException {
            int digits = digits(q.currency());
            String name = q.clinicName().in(language);
            JsonGenerator g = generator;
            g.writeStartObject();
            string(g, "clinic", q.clinic());
            string(g, "clinic_name", name);
            string(g, "goal", q.goal());
            string(g, "method", q.method());
            string(g, "start", q.start().toString());
            number(g, "months", q.months());
            string(g, "currency", q.currency().getCurrencyCode());
            number(g, "sessions_low", q.low().sessions());
            number(g, "sessions_typical", q.typical().sessions());
            number(g, "sessions_high", q.high().sessions());
            amount(g, "total_low", q.low().total(), digits);
            amount(g, "total_typical", q.typical().total(), digits);
            amount(g, "total_high", q.high().total(), digits);
            amount(g, "tax_low", q.low().tax(), digits);
            amount(g, "tax_typical", q.typical().tax(), digits);
            amount(g, "tax_high", q.high().tax(), digits);
            amount(g, "monthly_typical", q.monthlyTypical(), digits);
            if (columns.variant()) {
                g.writeFieldName(VARIANT);
                if (q.variant().isPresent()) {
                    g.writeString(q.variant().get());
                } else {
                    g.writeNull();
                }
            }
            if (columns.request()) {
                number(g, REQUEST, request);
            }
            if (columns.id()) {
                // A text from the request file, written as the clinic name (a text from the sheet) is.
                g.writeFieldName(ID);
                if (id == null) {
                    g.writeNull();
                } else if (idType == QuoteRequests.IdType.NUMBER) {
                    g.writeNumber(id); // the number's text as the request file has it (Jackson read it as one)
                } else if (idType == QuoteRequests.IdType.BOOLEAN) {
                    g.writeBoolean(Boolean.parseBoolean(id));
                } else {
                    g.writeString(id);
                }
            }
            amount(g, PREPAID, q.typical().prepaid(), digits);
            if (columns.financed()) {
                amount(g, FINANCED, q.typicalWithFinancing().orElseThrow(), digits);
            }
            g.writeEndObject();
            rows++;
        }

        private static void string(JsonGenerator g, String name, String value) throws IOException {
            g.writeFieldName(name);
            g.writeString(value);
        }

        private static void number(JsonGenerator g, String name, int value) throws IOException {
            g.writeFieldName(name);
            g.writeNumber(value);
        }

        private static void amount(JsonGenerator g, String name, long minor, int digits) throws IOException {
            g.writeFieldName(name);
            amount(g, minor, digits);
        }

        private static void amount(JsonGenerator g, long minor, int digits) throws IOException {
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
            if (array) {
                generator.writeEndArray();
                generator.writeRaw('\n');
            } else if (rows > 0) {
                generator.writeRaw('\n');
            }
            generator.flush();
        }
    }

    private static final class Held extends QuoteTable {
        private final Writer out;
        private final boolean markdown;
        /** The columns a text table is laid out to. */
        private int width = Layout.DEFAULT_WIDTH;
        private final List<HeldRow> quotes = new ArrayList<>();

        /** A row held until the table is aligned. */
        private record HeldRow(Quote quote, int request, String id) {
        }

        Held(Language language, Columns columns, Writer out, boolean markdown) {
            super(language, columns);
            this.out = out;
            this.markdown = markdown;
        }

        @Override
        public void write(Quote quote, int request, String id, QuoteRequests.IdType idType) {
            quotes.add(new HeldRow(quote, request, id));
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
            List<String> names = columns.forPeople();
            // For people, headers are words in their language ("total, typical"); programs read CSV and JSON.
            Texts texts = new Texts(language);
            rows.add(names.stream().map(name -> texts.get("quote.column." + name)).toArray(String[]::new));
            for (HeldRow held : quotes) {
                Quote q = held.quote();
                String[] row = {text(q.clinic()), text(q.clinicName().in(language)), text(q.goal()), text(q.method()),
                    q.start().toString(), String.valueOf(q.months()), text(q.currency().getCurrencyCode()),
                    String.valueOf(q.low().sessions()), String.valueOf(q.typical().sessions()),
                    String.valueOf(q.high().sessions()), format.money(q.money(q.low().total())),
                    format.money(q.money(q.typical().total())), format.money(q.money(q.high().total())),
                    format.money(q.money(q.low().tax())), format.money(q.money(q.typical().tax())),
                    format.money(q.money(q.high().tax())), format.money(q.money(q.monthlyTypical()))};
                List<String> more = new ArrayList<>();
                if (columns.variant()) {
                    more.add(text(q.variant().orElse("")));
                }
                if (columns.request()) {
                    more.add(String.valueOf(held.request()));
                }
                if (columns.id()) {
                    // A text from the request file, made safe as the clinic name (a text from the sheet) is.
                    more.add(held.id() == null ? "" : text(held.id()));
                }
                if (columns.financed()) {
                    more.add(format.money(q.money(q.typicalWithFinancing().orElseThrow())));
                }
                row = Arrays.copyOf(row, row.length + more.size());
                for (int i = 0; i < more.size(); i++) {
                    row[COLUMNS.size() + i] = more.get(i);
                }
                rows.add(row);
            }
            boolean[] right = new boolean[names.size()];
            for (int c = 5; c < COLUMNS.size(); c++) {
                right[c] = c != 6;
            }
            if (columns.request()) {
                right[names.indexOf(REQUEST)] = true; // a number
            }
            if (columns.financed()) {
                right[names.indexOf(FINANCED)] = true; // an amount
            }
            StringBuilder table = new StringBuilder();
            if (markdown) {
                Layout.markdown(rows, right, table);
            } else {
                // clinic, its name, goal and method head each block where the table is wider than the width
                Layout.tableOrStack(width, rows, right, 4, table);
            }
            out.write(table.toString());
            out.flush();
        }

        /** A text cell from the sheet (or a request), for people or for Markdown. */
        private String text(String value) {
            return markdown ? SafeText.markdownCell(value) : SafeText.forPeople(value);
        }
    }
}
