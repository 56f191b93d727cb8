package dev.exoplan.io.quote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.json.JsonDocument;
import dev.exoplan.io.json.JsonSyntax;
import dev.exoplan.io.json.Utf8Reader;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a quote request file, read one line at a time: CSV with a header (columns {@code goal},
 * {@code method}, {@code clinic}, {@code start}, {@code months}, {@code variant}, {@code id}, any of
 * them, in any order) or JSON Lines (one object per line with the same keys). The format is told by
 * the first character: a JSON Lines file starts with <code>{</code>. Blank cells are absent values.
 *
 * <p>Every non-blank line is one request, and each is parsed as if on its own by Jackson, so that a
 * line that cannot be read — too many or too few cells, broken quoting, malformed JSON, an unknown or
 * repeated key — is a {@link BadRow} at its line and the lines after it are still read. (A quoted CSV
 * cell therefore cannot hold a line break; request cells are ids, dates and numbers.) A CSV line with
 * a quote or a carriage return is parsed alone; runs of plain lines (neither), which can only split at
 * their commas, are parsed together by one parser, a record a line, since a parser's start cost as much
 * as reading the line. Only a file that cannot be read on — not UTF-8, a line longer than
 * {@link #MAX_LINE}, a bad CSV header — stops the reading with a {@link FileError}, after the rows
 * before it. Memory holds a few hundred lines, whatever the size of the file.
 */
public final class QuoteRequests implements Iterator<QuoteRequests.Entry>, Closeable {

    /** The columns a request may have. */
    public static final List<String> COLUMNS = List.of("goal", "method", "clinic", "start", "months", "variant",
            "id");

    /**
     * The longest line read, in characters. A request line is well under a hundred; the limit keeps an
     * endless line (a device, a binary file, a pipe that never sends a line break) from filling memory.
     */
    public static final int MAX_LINE = 65_536;

    private static final int ID = COLUMNS.indexOf("id");

    /** Plain lines read ahead and parsed together at most: enough to make a parser's start cost nothing a row. */
    private static final int AHEAD = 256;
    /** The characters of the plain lines read ahead at most (a line longer than that is parsed alone). */
    private static final int AHEAD_CHARS = 1 << 14;

    /** One line of requests: a request to quote, or a line that cannot be one. */
    public sealed interface Entry permits Row, BadRow {

        /** The line in the file (1-based, blank lines and the CSV header counted). */
        int line();

        /** The request's 1-based data-row number: non-blank lines, the CSV header not counted. */
        int request();
    }

    /** What a request's id was in its file: a text (every CSV id), or a JSON number or boolean. */
    public enum IdType {
        TEXT, NUMBER, BOOLEAN
    }

    /**
     * One request: its place and its cells (null where blank or absent). The {@code id} is copied as the
     * file has it, not trimmed (a JSON number or boolean as its text: {@code idType} says which); the
     * other cells are trimmed.
     */
    public record Row(int line, int request, String goal, String method, String clinic, String start,
            String months, String variant, String id, IdType idType) implements Entry {

        public Row {
            Objects.requireNonNull(idType, "idType");
        }

        /** A row whose id, if any, is a text. */
        public Row(int line, int request, String goal, String method, String clinic, String start,
                String months, String variant, String id) {
            this(line, request, goal, method, clinic, start, months, variant, id, IdType.TEXT);
        }
    }

    /**
     * A line that is not a request (malformed, the wrong number of cells, an unknown or repeated key):
     * reported and skipped. {@code column} is 0 where no single column is at fault.
     */
    public record BadRow(int line, int column, int request, String message) implements Entry {
    }

    /** The file itself cannot be read on at a line: reading stops there. */
    public static final class FileError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        FileError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final CsvFactory CSV = CsvFactory.builder().build();
    /** An empty schema: each line's cells come as one array, however many there are. */
    private static final CsvSchema CELLS = CsvSchema.emptySchema();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(JsonDocument.LIMITS)
            .build();

    private final RequestLines lines;
    private final Texts texts;
    /** The CSV header's columns, by their index in {@link #COLUMNS}; null for JSON Lines. */
    private final int[] header;
    private int requests;
    /** A data line read (while telling the format, or reading ahead) that is not yet handed out. */
    private boolean pending;
    private Entry next;
    private boolean done;
    /** The plain lines read ahead ({@link #readAhead}): their characters, places and entries, handed out in turn. */
    private final char[] aheadChars = new char[AHEAD_CHARS];
    private final int[] aheadStarts = new int[AHEAD];
    private final int[] aheadLengths = new int[AHEAD];
    private final int[] aheadLines = new int[AHEAD];
    private final Entry[] aheadEntries = new Entry[AHEAD];
    private final String[] aheadCells = new String[COLUMNS.size() + 1];
    private int ahead;
    private int aheadCount;
    /** What ended the reading ahead (a {@link FileError}, a failed read), thrown after the rows before it. */
    private RuntimeException deferred;
    /** The text ended while reading ahead. */
    private boolean aheadEnd;

    private QuoteRequests(RequestLines lines, Texts texts, int[] header, boolean pending) {
        this.lines = lines;
        this.texts = texts;
        this.header = header;
        this.pending = pending;
    }

    /**
     * Starts reading bytes that must be UTF-8 (a byte-order mark is skipped): a byte that is not stops
     * the reading with a {@link FileError} at its line.
     *
     * @see #open(Reader, Language)
     */
    public static QuoteRequests open(InputStream bytes, Language language) throws IOException {
        return open(Utf8Reader.withoutPlaces(bytes), language);
    }

    /**
     * Starts reading; the header of a CSV file is read and checked at once.
     *
     * @param language the language of the messages (a parser's own reason, quoted in them, is English)
     * @throws FileError when the header names a column that is not a request column, or one twice
     */
    public static QuoteRequests open(Reader reader, Language language) throws IOException {
        Texts texts = new Texts(language);
        RequestLines lines = new RequestLines(reader, texts);
        if (!lines.nextNonBlank()) {
            return new QuoteRequests(lines, texts, new int[0], false); // an empty file: no requests
        }
        if (lines.firstNonBlank() == '{') {
            return new QuoteRequests(lines, texts, null, true);
        }
        List<String> names;
        try {
            names = csvCells(lines);
        } catch (JsonProcessingException e) {
            throw new FileError(lines.number(), texts.get("requests.notCsv", csvReason(e, texts)));
        }
        int[] header = new int[names.size()];
        for (int i = 0; i < header.length; i++) {
            String name = names.get(i);
            header[i] = COLUMNS.indexOf(name);
            if (header[i] < 0) {
                throw new FileError(lines.number(), texts.get("requests.unknownColumn", name,
                        String.join(", ", COLUMNS)));
            }
            if (names.subList(0, i).contains(name)) {
                throw new FileError(lines.number(), texts.get("requests.duplicateColumn", name));
            }
        }
        return new QuoteRequests(lines, texts, header, false);
    }

    /**
     * Whether rows carry an {@code id}: a CSV file with an {@code id} column, and every JSON Lines file,
     * where any line may have the key (a line without one has a null id).
     */
    public boolean ids() {
        return header == null || Arrays.stream(header).anyMatch(c -> c == ID);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    private Entry read() {
        if (ahead < aheadCount) {
            return aheadEntries[ahead++];
        }
        if (deferred != null) {
            RuntimeException e = deferred;
            deferred = null;
            throw e; // met while reading ahead: after the rows before it, as if read in turn
        }
        if (aheadEnd) {
            return null;
        }
        try {
            if (pending) {
                pending = false;
            } else if (!lines.nextNonBlank()) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int request = ++requests;
        if (header == null) {
            return jsonRow(request);
        }
        if (lines.length() + 1 > AHEAD_CHARS || !lines.plain()) {
            return csvRow(lines.number(), request, lines.chars(), 0, lines.length());
        }
        readAhead(request);
        return aheadEntries[ahead++];
    }

    /**
     * Reads the current line, plain, and the plain lines after it (up to {@link #AHEAD} of them and
     * {@link #AHEAD_CHARS} characters), and parses them with one parser, one record a line; the first
     * line that is not plain is left as the current one, for the next {@link #read()}. Each line is
     * still its own entry, at its own line, as if parsed alone.
     */
    private void readAhead(int firstRequest) {
        ahead = 0;
        aheadCount = 0;
        int used = 0;
        while (true) {
            int length = lines.length();
            System.arraycopy(lines.chars(), 0, aheadChars, used, length);
            aheadStarts[aheadCount] = used;
            aheadLengths[aheadCount] = length;
            aheadLines[aheadCount] = lines.number();
            aheadEntries[aheadCount] = null;
            aheadCount++;
            used += length;
            aheadChars[used++] = '\n';
            if (aheadCount == AHEAD) {
                break;
            }
            boolean more;
            try {
                more = lines.nextNonBlank();
            } catch (IOException e) {
                deferred = new UncheckedIOException(e);
                break;
            } catch (RuntimeException e) { // a FileError: the lines before it are rows still
                deferred = e;
                break;
            }
            if (!more) {
                aheadEnd = true;
                break;
            }
            if (lines.length() + 1 > AHEAD_CHARS - used || !lines.plain()) {
                pending = true; // the next read() takes this line
                break;
            }
            requests++;
        }
        if (!parseAhead(firstRequest)) {
            // Not one record a line after all (never seen): each line parsed alone, as before.
            for (int i = 0; i < aheadCount; i++) {
                aheadEntries[i] = csvRow(aheadLines[i], firstRequest + i, aheadChars, aheadStarts[i],
                        aheadLengths[i]);
            }
        }
    }

    /** Parses the lines read ahead as one text; false unless it gave one record for each line. */
    private boolean parseAhead(int firstRequest) {
        try (CsvParser parser = CSV.createParser(aheadChars, 0, aheadStarts[aheadCount - 1]
                + aheadLengths[aheadCount - 1] + 1)) {
            parser.setSchema(CELLS);
            int record = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                if (record == aheadCount) {
                    return false;
                }
                int count = 0;
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (count < aheadCells.length) {
                        aheadCells[count] = parser.getText();
                    }
                    count++;
                }
                if (token != JsonToken.END_ARRAY) {
                    return false;
                }
                aheadEntries[record] = csvRow(aheadLines[record], firstRequest + record, aheadCells, count);
                record++;
            }
            return token == null && record == aheadCount;
        } catch (IOException e) {
            return false; // characters in memory: only a parse error, which a plain line cannot have
        }
    }

    private Entry csvRow(int line, int request, char[] chars, int from, int length) {
        List<String> cells;
        try {
            // Alone from its first character, so that Jackson's column is the line's.
            cells = from == 0 ? csvCells(chars, 0, length) : csvCells(Arrays.copyOfRange(chars, from, from + length),
                    0, length);
        } catch (JsonProcessingException e) {
            return new BadRow(line, column(e), request, texts.get("requests.notCsv", csvReason(e, texts)));
        }
        return csvRow(line, request, cells.toArray(new String[0]), cells.size());
    }

    /** The row of a line's first {@code count} cells. */
    private Entry csvRow(int line, int request, String[] cells, int count) {
        if (count != header.length) {
            return new BadRow(line, 0, request, texts.get("requests.cellCount", count, header.length));
        }
        String[] values = new String[COLUMNS.size()];
        for (int i = 0; i < header.length; i++) {
            values[header[i]] = header[i] == ID ? cells[i] : trimmed(cells[i]);
        }
        if (values[ID] != null && values[ID].isEmpty()) {
            values[ID] = null; // CSV cannot tell a blank id from a missing one
        }
        return row(line, request, values);
    }

    /** The cells of the current line, as Jackson reads one CSV record. */
    private static List<String> csvCells(RequestLines lines) throws JsonProcessingException {
        return csvCells(lines.chars(), 0, lines.length());
    }

    /** The cells of one line, as Jackson reads one CSV record. */
    private static List<String> csvCells(char[] chars, int from, int length) throws JsonProcessingException {
        List<String> cells = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(chars, from, length)) {
            parser.setSchema(CELLS);
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
            }
            return cells;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // characters in memory: no I/O can fail
        }
    }

    private Entry jsonRow(int request) {
        int line = lines.number();
        String[] values = new String[COLUMNS.size()];
        boolean[] seen = new boolean[COLUMNS.size()];
        IdType idType = IdType.TEXT;
        try (JsonParser parser = JSON.createParser(lines.chars(), 0, lines.length())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                return new BadRow(line, column(parser.currentTokenLocation()), request,
                        texts.get("requests.notAnObject", parser.getText()));
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int column = COLUMNS.indexOf(key);
                int at = column(parser.currentTokenLocation());
                token = parser.nextToken();
                if (column < 0) {
                    return new BadRow(line, at, request, texts.get("requests.unknownKey", key,
                            String.join(", ", COLUMNS)));
                }
                if (seen[column]) {
                    return new BadRow(line, at, request, texts.get("requests.duplicateKey", key));
                }
                seen[column] = true;
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    return new BadRow(line, column(parser.currentTokenLocation()), request,
                            texts.get("requests.notAValue", key, texts.get(token == JsonToken.START_OBJECT
                                    ? "requests.object" : "requests.array")));
                }
                if (token != JsonToken.VALUE_NULL) {
                    values[column] = column == ID ? parser.getText() : trimmed(parser.getText());
                }
                if (column == ID) {
                    idType = token.isNumeric() ? IdType.NUMBER : token.isBoolean() ? IdType.BOOLEAN : IdType.TEXT;
                }
            }
            token = parser.nextToken();
            if (token != null) {
                return new BadRow(line, column(parser.currentTokenLocation()), request,
                        texts.get("requests.afterObject"));
            }
        } catch (JsonProcessingException e) {
            JsonSyntax.Explained explained = JsonSyntax.explain(e);
            return new BadRow(line, column(e), request, texts.get("requests.notJson",
                    explained.text().in(texts.language()), explained.fix().in(texts.language())));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // characters in memory: no I/O can fail
        }
        Row row = row(line, request, values);
        return idType == IdType.TEXT ? row : new Row(line, request, row.goal(), row.method(), row.clinic(),
                row.start(), row.months(), row.variant(), row.id(), idType);
    }

    private static Row row(int line, int request, String[] v) {
        return new Row(line, request, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }


    private static String trimmed(String value) {
        int last = value.length() - 1;
        // What a generated file has: a cell that starts and ends with printable ASCII is already stripped.
        if (last >= 0 && value.charAt(0) > ' ' && value.charAt(0) < 0x7F && value.charAt(last) > ' '
                && value.charAt(last) < 0x7F) {
            return value;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Text after a quoted cell's closing quote: {@code "iv"x}. */
    private static final Pattern AFTER_QUOTE = Pattern.compile(
            "^Unexpected character \\('(.*)' \\(code \\d+\\)\\): Expected column separator");

    /**
     * Why a line is not CSV, in the chosen language: the two ways a line of RFC 4180 breaks (a quote
     * that never closes, text after a closing quote), else Jackson's own reason.
     */
    private static String csvReason(JsonProcessingException e, Texts texts) {
        String jackson = reason(e);
        if (jackson.startsWith("Missing closing quote")) {
            return texts.get("requests.csv.closingQuote");
        }
        Matcher after = AFTER_QUOTE.matcher(jackson);
        if (after.find()) {
            return texts.get("requests.csv.afterQuote", SafeText.forPeople(after.group(1)));
        }
        return jackson;
    }

    /** Jackson's reason, its first line without the place (exoplan gives the place itself). */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        // Jackson places its faults as "at [Source: …]", quoting the line; exoplan names the line and column.
        return message.split("\n", 2)[0].replaceAll("( \\(start marker)? at \\[Source.*$", "");
    }

    private static int column(JsonProcessingException e) {
        return column(e.getLocation());
    }

    private static int column(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getColumnNr());
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
