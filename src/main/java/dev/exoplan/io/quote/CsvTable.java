package dev.exoplan.io.quote;

import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.io.file.Utf8Sink;
import dev.exoplan.io.text.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Quote rows as CSV, written as UTF-8 bytes straight into one buffer that goes to the writer in large
 * pieces ({@link Utf8Sink}; a writer that is not one gets the same text decoded): a million rows are
 * mostly numbers, and a row is cells joined by commas and ended by a line feed, as Jackson's CSV
 * generator writes them (the header with the first row, or alone at the end of a table without rows).
 * Only cells that can never need quoting are written directly: numbers (counts and amounts in minor
 * units, as plain decimals) and ISO dates (years 0–9999). Every text cell — a clinic's id and name, a
 * goal, a method, a currency, a variant, a request's id — is made by {@link SafeText#csvCell} (defused,
 * neutralised for a terminal, quoted where RFC 4180 needs it), each text of the sheet once, when first
 * seen, and kept as its bytes.
 */
final class CsvTable extends QuoteTable {

    /** The buffer goes to the writer once it holds this many bytes (at the end of a row). */
    private static final int DRAIN_AT = 1 << 15;
    /** Two decimal digits of each number below 100: its tens at 2n, its ones at 2n + 1. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int n = 0; n < 100; n++) {
            PAIRS[2 * n] = (byte) ('0' + n / 10);
            PAIRS[2 * n + 1] = (byte) ('0' + n % 10);
        }
    }

    private final Writer out;
    /** The writer as a {@link Utf8Sink}, or null where it is not one. */
    private final Utf8Sink sink;
    /** Whether the writer is a terminal: cells are also neutralised for people. */
    private final boolean terminal;
    private final byte[] buffer = new byte[DRAIN_AT + 1024];
    private int length;
    /**
     * CSV cells as {@link SafeText#csvCell} made them, in UTF-8, by the sheet's own object (a string, a
     * name, a currency); forgotten whole when it holds {@value QuoteTable#CELLS} (a chain's sheet has a
     * hundred thousand names, each built again when its clinic is decoded again), so it never grows with
     * the sheet.
     */
    private final Map<Object, byte[]> cells = new IdentityHashMap<>();
    private final DateCells dates = new DateCells();
    private boolean header;

    CsvTable(Language language, Columns columns, Writer out, boolean terminal) {
        super(language, columns);
        this.out = out;
        this.sink = out instanceof Utf8Sink s ? s : null;
        this.terminal = terminal;
    }

    @Override
    int cellsKept() {
        return cells.size();
    }

    /** A row, in the header's column order. */
    @Override
    public void write(Quote q, int request, String id, QuoteRequests.IdType idType) throws IOException {
        if (cells.size() >= CELLS) {
            cells.clear();
        }
        if (!header) {
            header();
        }
        int minor = digits(q.currency());
        put(made(q.clinic()));
        put(made(q.clinicName()));
        put(made(q.goal()));
        put(made(q.method()));
        put(dates.text(q.start()));
        number(q.months());
        put(made(q.currency()));
        number(q.low().sessions());
        number(q.typical().sessions());
        number(q.high().sessions());
        amount(q.low().total(), minor);
        amount(q.typical().total(), minor);
        amount(q.high().total(), minor);
        amount(q.low().tax(), minor);
        amount(q.typical().tax(), minor);
        amount(q.high().tax(), minor);
        amount(q.monthlyTypical(), minor);
        if (columns.variant()) {
            put(q.variant().isPresent() ? made(q.variant().get()) : NOTHING);
        }
        if (columns.request()) {
            number(request);
        }
        if (columns.id()) {
            // Made safe as the clinic name is, but not kept: ids differ from row to row.
            put(id == null ? NOTHING : utf8(SafeText.csvCell(id, terminal)));
        }
        amount(q.typical().prepaid(), minor);
        if (columns.financed()) {
            amount(q.typicalWithFinancing().orElseThrow(), minor);
        }
        buffer[length - 1] = '\n'; // the last cell's comma
        if (length >= DRAIN_AT) {
            drain();
        }
    }

    private static final byte[] NOTHING = new byte[0];

    private void header() throws IOException {
        header = true;
        for (String name : columns.names()) {
            put(utf8(name));
        }
        buffer[length - 1] = '\n';
    }

    /**
     * A text of the sheet as a cell, made once: an id as it is, a clinic's name in the table's language,
     * a currency by its code. Looked up and kept without computeIfAbsent, whose lambda (it needs this
     * table) would be made anew for every cell of every row.
     */
    private byte[] made(Object text) {
        byte[] cell = cells.get(text);
        if (cell == null) {
            cell = utf8(SafeText.csvCell(text instanceof LocalizedText name ? name.in(language)
                    : text instanceof CurrencyUnit currency ? currency.getCurrencyCode() : (String) text, terminal));
            cells.put(text, cell);
        }
        return cell;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A cell as it is, and the comma after it (the row's last is turned into its line feed). */
    private void put(byte[] cell) throws IOException {
        int n = cell.length;
        if (length + n + 1 > buffer.length) {
            drain();
            if (n + 1 > buffer.length) {
                write(cell, n);
                buffer[length++] = ',';
                return;
            }
        }
        System.arraycopy(cell, 0, buffer, length, n);
        length += n;
        buffer[length++] = ',';
    }

    /** A whole number in decimal digits, two at a time from the last, and the comma after it. */
    private void number(long value) throws IOException {
        if (value < 0) { // never a count or an amount of a quote (Quote.Totals refuses them)
            put(utf8(Long.toString(value)));
            return;
        }
        if (length + 20 > buffer.length) {
            drain();
        }
        long rest = value;
        int size = 1;
        for (long power = 10; size < 19 && rest >= power; power *= 10) {
            size++;
        }
        int at = length + size;
        while (rest >= 100) {
            int pair = (int) (rest % 100) * 2;
            rest /= 100;
            buffer[--at] = PAIRS[pair + 1];
            buffer[--at] = PAIRS[pair];
        }
        if (rest >= 10) {
            buffer[--at] = PAIRS[(int) rest * 2 + 1];
            buffer[--at] = PAIRS[(int) rest * 2];
        } else {
            buffer[--at] = (byte) ('0' + rest);
        }
        length += size;
        buffer[length++] = ',';
    }

    /** An amount in minor units as a plain decimal in the major unit ({@link QuoteTable#plain}). */
    private void amount(long minor, int digits) throws IOException {
        if (digits == 0) {
            number(minor);
        } else {
            put(utf8(plain(minor, digits)));
        }
    }

    private void drain() throws IOException {
        write(buffer, length);
        length = 0;
    }

    /** Whole cells (never part of a character) to the writer. */
    private void write(byte[] utf8, int n) throws IOException {
        if (sink != null) {
            sink.writeUtf8(utf8, 0, n);
        } else {
            out.write(new String(utf8, 0, n, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        if (!header) {
            header(); // a table without rows still has its header
        }
        flush();
    }

    /**
     * Dates as ISO text in ASCII bytes, each made once: request files repeat a few thousand dates over
     * millions of rows. Days within about 22 years either side of the first date seen are kept; others
     * are made each time. Years 0–9999 only, whose text is digits and hyphens and never needs quoting.
     */
    static final class DateCells {
        private static final int SPAN = 1 << 14;
        private final byte[][] texts = new byte[SPAN][];
        private long origin = Long.MIN_VALUE;

        byte[] text(LocalDate date) {
            if (date.getYear() < 0 || date.getYear() > 9999) {
                return utf8(SafeText.quoted(date.toString()));
            }
            long day = date.toEpochDay();
            if (origin == Long.MIN_VALUE) {
                origin = day - SPAN / 2;
            }
            long at = day - origin;
            if (at < 0 || at >= SPAN) {
                return utf8(date.toString());
            }
            byte[] text = texts[(int) at];
            if (text == null) {
                text = utf8(date.toString());
                texts[(int) at] = text;
            }
            return text;
        }
    }
}
