package dev.exoplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.sheet.Language;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a quote request file, read one at a time with Jackson's streaming parsers: CSV with a
 * header (columns {@code goal}, {@code method}, {@code clinic}, {@code start}, {@code months},
 * {@code variant}, any of them, in any order) or JSON Lines (one object per line with the same keys). The format is told
 * by the first character: a JSON Lines file starts with <code>{</code>. Blank cells are absent values.
 * Memory does not grow with the number of rows.
 */
public final class QuoteRequests implements Iterator<QuoteRequests.Row>, Closeable {

    /** The columns a request may have. */
    public static final List<String> COLUMNS = List.of("goal", "method", "clinic", "start", "months", "variant");

    /** One request: its line in the file and its cells (null where blank or absent). */
    public record Row(int line, String goal, String method, String clinic, String start, String months,
            String variant) {

        public String cell(String column) {
            return switch (column) {
                case "goal" -> goal;
                case "method" -> method;
                case "clinic" -> clinic;
                case "start" -> start;
                case "months" -> months;
                case "variant" -> variant;
                default -> throw new IllegalArgumentException("no column " + column);
            };
        }
    }

    /** The file itself is unreadable as CSV or JSON Lines at a line: reading stops there. */
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

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(JsonDocument.LIMITS)
            .build();

    private final JsonParser parser;
    private final boolean csv;
    /** The words of file errors, in the language of the run. */
    private final Texts texts;
    private Row next;
    private boolean done;

    private QuoteRequests(JsonParser parser, boolean csv, Texts texts) {
        this.parser = parser;
        this.csv = csv;
        this.texts = texts;
    }

    /**
     * Starts reading bytes that must be UTF-8 (a byte-order mark is skipped): a byte that is not stops
     * the reading with a {@link FileError} at its line, like any other line that cannot be read.
     *
     * @see #open(Reader, Language)
     */
    public static QuoteRequests open(InputStream bytes, Language language) throws IOException {
        return open(new Utf8Reader(bytes), language);
    }

    /** A file that is not UTF-8 at a line: its line, what is wrong, in the language. */
    private static FileError notUtf8(Utf8Reader.NotUtf8 e, Texts texts) {
        return new FileError(e.position().line(), texts.get("requests.notUtf8", e.text().in(texts.language())));
    }

    /**
     * Starts reading; the header of a CSV file is checked at once.
     *
     * @param language the language of the {@link FileError}s' messages (a parser's own reason, quoted in
     *                 them, is English)
     * @throws FileError when the header names a column that is not a request column
     */
    public static QuoteRequests open(Reader reader, Language language) throws IOException {
        Texts texts = new Texts(language);
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        int first;
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') { // a byte-order mark, as Excel writes, is skipped
                in.reset();
            }
            in.mark(1 << 16);
            do {
                first = in.read();
            } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
            in.reset();
        } catch (Utf8Reader.NotUtf8 e) {
            throw notUtf8(e, texts);
        }
        if (first == '{') {
            return new QuoteRequests(JSON.createParser(in), false, texts);
        }
        CsvParser parser = CSV.createParser(in);
        parser.setSchema(CsvSchema.emptySchema().withHeader());
        QuoteRequests requests = new QuoteRequests(parser, true, texts);
        requests.hasNext(); // reads the header, and checks it
        for (CsvSchema.Column column : parser.getSchema()) {
            if (!COLUMNS.contains(column.getName())) {
                throw new FileError(1, texts.get("requests.unknownColumn", column.getName(),
                        String.join(", ", COLUMNS)));
            }
        }
        return requests;
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
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    private Row read() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new FileError(line(parser.currentTokenLocation()), texts.get("requests.notAnObject",
                        parser.getText()));
            }
            int line = line(parser.currentTokenLocation());
            String goal = null;
            String method = null;
            String clinic = null;
            String start = null;
            String months = null;
            String variant = null;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                token = parser.nextToken();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    throw new FileError(line, texts.get("requests.notAValue", key,
                            texts.get(token == JsonToken.START_OBJECT ? "requests.object" : "requests.array")));
                }
                String value = token == JsonToken.VALUE_NULL ? null : parser.getText().strip();
                if (value != null && value.isEmpty()) {
                    value = null;
                }
                switch (key) {
                    case "goal" -> goal = value;
                    case "method" -> method = value;
                    case "clinic" -> clinic = value;
                    case "start" -> start = value;
                    case "months" -> months = value;
                    case "variant" -> variant = value;
                    default -> throw new FileError(csv ? 1 : line, texts.get(csv ? "requests.unknownColumn"
                            : "requests.unknownKey", key, String.join(", ", COLUMNS)));
                }
            }
            if (csv) {
                // A CSV row's place is known once it has been read: where its object ends.
                line = line(parser.currentTokenLocation());
            }
            return new Row(line, goal, method, clinic, start, months, variant);
        } catch (Utf8Reader.NotUtf8 e) {
            throw notUtf8(e, texts);
        } catch (IOException e) {
            JsonLocation at = parser.currentLocation();
            String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n", 2)[0];
            throw new FileError(line(at), texts.get(csv ? "requests.notCsv" : "requests.notJson",
                    message.replaceAll(" at \\[Source.*$", "")));
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(1, location.getLineNr());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
