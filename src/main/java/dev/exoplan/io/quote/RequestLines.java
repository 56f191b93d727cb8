package dev.exoplan.io.quote;

import dev.exoplan.io.json.Utf8Reader;
import dev.exoplan.io.text.Texts;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The lines of a text, one at a time in one reused buffer of at most {@link QuoteRequests#MAX_LINE} characters
 * (a line break is {@code \n} or {@code \r\n}); a UTF-8 byte-order mark at the start is skipped.
 */
final class RequestLines implements Closeable {
    private final Reader in;
    private final Texts texts;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private boolean end;
    private char[] line = new char[256];
    private int length;
    private int number;
    /** How many quotes and carriage returns the current line has (its line break's CR not counted). */
    private int marks;

    RequestLines(Reader in, Texts texts) {
        this.in = in;
        this.texts = texts;
    }

    char[] chars() {
        return line;
    }

    int length() {
        return length;
    }

    /**
     * Whether the current line is plain: no quote and no carriage return, so that RFC 4180 splits it at
     * its commas only and it is one record however it is parsed (alone, or after other plain lines with
     * a line break between). Counted while the line was split off, not in a pass of its own.
     */
    boolean plain() {
        return marks == 0;
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    /** The first character of the current line that is not a space or tab (0 for none). */
    char firstNonBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return line[i];
            }
        }
        return 0;
    }

    /** Moves to the next line that is not blank; false at the end of the text. */
    boolean nextNonBlank() throws IOException {
        while (next()) {
            if (firstNonBlank() != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean next() throws IOException {
        length = 0;
        marks = 0;
        boolean started = false;
        while (true) {
            if (position == limit) {
                if (end || !fill()) {
                    if (!started) {
                        return false;
                    }
                    break;
                }
            }
            started = true;
            int from = position;
            int at = from;
            char c;
            while (at < limit && (c = buffer[at]) != '\n') {
                if (c == '"' || c == '\r') {
                    marks++;
                }
                at++;
            }
            append(from, at - from);
            position = at;
            if (at < limit) {
                position++; // the line break
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
            marks--;
        }
        if (number == 1 && length > 0 && line[0] == '\uFEFF') { // a byte-order mark, as Excel writes
            System.arraycopy(line, 1, line, 0, --length);
        }
        return true;
    }

    private boolean fill() throws IOException {
        int read;
        try {
            read = in.read(buffer, 0, buffer.length);
        } catch (Utf8Reader.NotUtf8 e) {
            // Every character before the bad byte is read by now: it is on the line after the last break.
            throw new QuoteRequests.FileError(number + 1, texts.get("requests.notUtf8",
                    e.text().in(texts.language())));
        } catch (IOException e) { // the system's: EIO, a folder, a descriptor open for writing only
            throw new QuoteRequests.FileError(number + 1, texts.get("requests.unreadable", String.valueOf(e.getMessage())));
        }
        if (read <= 0) {
            end = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void append(int from, int count) {
        if (length + count > QuoteRequests.MAX_LINE) {
            throw new QuoteRequests.FileError(number + 1, texts.get("requests.lineTooLong", QuoteRequests.MAX_LINE));
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(QuoteRequests.MAX_LINE, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
