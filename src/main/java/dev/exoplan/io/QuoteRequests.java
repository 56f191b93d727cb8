package dev.exoplan.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of a quote request file, read one at a time: CSV with a header (columns {@code goal},
 * {@code method}, {@code clinic}, {@code start}, {@code months}, any subset, in any order) or JSON
 * Lines (one object per line with the same keys). The format is told by the first character: a
 * JSON Lines file starts with {@code {}. Blank cells are absent values. Memory does not grow with the
 * number of rows.
 */
public final class QuoteRequests implements Iterator<QuoteRequests.Row>, Closeable {

    /** The columns a request may have. */
    public static final List<String> COLUMNS = List.of("goal", "method", "clinic", "start", "months");

    /** One request: its line in the file and its non-blank cells. */
    public record Row(int line, Map<String, String> cells) {

        public String cell(String column) {
            return cells.get(column);
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

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.TRIM_SPACES)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MappingIterator<Map<String, Object>> rows;
    private final boolean csv;

    private QuoteRequests(MappingIterator<Map<String, Object>> rows, boolean csv) {
        this.rows = rows;
        this.csv = csv;
    }

    /**
     * Starts reading; the header of a CSV file is checked at once.
     *
     * @throws FileError when the header names a column that is not a request column
     */
    public static QuoteRequests open(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1 << 16);
        int first;
        do {
            first = in.read();
        } while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == '\uFEFF');
        in.reset();
        if (first == '{') {
            MappingIterator<Map<String, Object>> rows = JSON.readerFor(Map.class).readValues(in);
            return new QuoteRequests(rows, false);
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        MappingIterator<Map<String, Object>> rows = CSV.readerFor(Map.class).with(schema).readValues(in);
        QuoteRequests requests = new QuoteRequests(rows, true);
        requests.checkHeader();
        return requests;
    }

    private void checkHeader() {
        hasNext(); // reads the header into the parser's schema
        CsvSchema read = (CsvSchema) rows.getParser().getSchema();
        for (CsvSchema.Column column : read) {
            if (!COLUMNS.contains(column.getName().strip())) {
                throw new FileError(1, "unknown column '" + column.getName() + "' in the header; request columns are "
                        + String.join(", ", COLUMNS));
            }
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNextValue();
        } catch (IOException | RuntimeJsonMappingException e) {
            throw fileError(e);
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            Map<String, Object> values = rows.nextValue();
            JsonLocation at = rows.getParser().currentTokenLocation();
            int line = Math.max(1, at.getLineNr());
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                String key = e.getKey().strip();
                if (!COLUMNS.contains(key)) {
                    throw new FileError(line, "unknown key '" + key + "'; request keys are " + String.join(", ", COLUMNS));
                }
                Object value = e.getValue();
                if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                    String text = String.valueOf(value).strip();
                    if (!text.isEmpty()) {
                        cells.put(key, text);
                    }
                } else if (value != null) {
                    throw new FileError(line, "'" + key + "' must be a text or a number, not " + (value instanceof Map
                            ? "an object" : "an array"));
                }
            }
            return new Row(line, cells);
        } catch (IOException | RuntimeJsonMappingException e) {
            throw fileError(e);
        }
    }

    private FileError fileError(Exception e) {
        JsonLocation at = rows.getParser() == null ? null : rows.getParser().currentLocation();
        String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n", 2)[0];
        message = message.replaceAll(" at \\[Source.*$", "");
        return new FileError(at == null ? 0 : at.getLineNr(), (csv ? "not CSV here: " : "not JSON here: ") + message);
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
