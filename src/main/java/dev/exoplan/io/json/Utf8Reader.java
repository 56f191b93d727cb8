package dev.exoplan.io.json;

import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Message;
import dev.exoplan.core.text.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding of a stream (RFC 8259 requires UTF-8 for JSON): a UTF-8 byte-order mark is
 * skipped and remembered; a UTF-16 one, or any byte that is not UTF-8, stops the reading with
 * {@link NotUtf8} naming the byte, its offset and the line and column where it stands. Streams: it
 * holds one buffer of bytes and one of characters, whatever the size of the input.
 */
public final class Utf8Reader extends Reader {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean started;
    private boolean endOfInput;
    private boolean finished;
    private boolean byteOrderMark;
    private NotUtf8 pending;
    private long bytesDecoded;
    private int line = 1;
    private int column = 1;
    /** Whether {@link #line} and {@link #column} are counted. */
    private final boolean places;

    public Utf8Reader(InputStream in) {
        this(in, true);
    }

    private Utf8Reader(InputStream in, boolean places) {
        this.in = in;
        this.places = places;
        bytes.flip();
        chars.flip();
    }

    /**
     * A reader that does not count lines and columns, for a caller that counts its own lines (a request
     * file, read line by line): its {@link NotUtf8} has no {@link NotUtf8#position() position}, and every
     * character before the bad byte has been read when it is thrown, so the bad byte is on the line
     * after the last line break read.
     */
    public static Utf8Reader withoutPlaces(InputStream in) {
        return new Utf8Reader(in, false);
    }

    /** True when the input started with a UTF-8 byte-order mark (which was skipped). */
    public boolean hadByteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            fill();
            if (!chars.hasRemaining()) {
                if (pending != null) {
                    throw pending;
                }
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        if (!places) {
            return n;
        }
        int end = offset + n;
        int lastBreak = -1;
        int breaks = 0;
        for (int i = offset; i < end; i++) {
            if (target[i] == '\n') {
                breaks++;
                lastBreak = i;
            }
        }
        if (breaks > 0) {
            line += breaks;
            column = end - lastBreak;
        } else {
            column += n;
        }
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && pending == null && !finished) {
            if (!endOfInput && bytes.remaining() < 4) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (!started) {
                    start();
                }
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            bytesDecoded += bytes.position() - before;
            if (result.isError()) {
                int bad = bytes.get(bytes.position()) & 0xFF;
                pending = new NotUtf8(Message.of("read.notUtf8", String.format(Locale.ROOT, "0x%02X", bad),
                        String.valueOf(bytesDecoded)), places ? positionAfter(chars) : null);
            } else if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                finished = true;
            } else if (result.isOverflow()) {
                break;
            }
        }
        chars.flip();
    }

    /** Where the first character not yet handed out stands, once {@code pendingChars} are handed out. */
    private TextPosition positionAfter(CharBuffer pendingChars) {
        int l = line;
        int c = column;
        for (int i = 0; i < pendingChars.position(); i++) {
            if (pendingChars.get(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return new TextPosition(l, c);
    }

    private void start() throws NotUtf8 {
        started = true;
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            byteOrderMark = true;
            bytes.position(3);
            bytesDecoded = 3;
        } else if (bytes.remaining() >= 2 && ((bytes.get(0) & 0xFF) == 0xFE && (bytes.get(1) & 0xFF) == 0xFF
                || (bytes.get(0) & 0xFF) == 0xFF && (bytes.get(1) & 0xFF) == 0xFE)) {
            throw new NotUtf8(Message.of("read.utf16"), places ? TextPosition.START : null);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input is not UTF-8: what and where. */
    public static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final transient Wording text;
        private final TextPosition position;

        NotUtf8(Wording text, TextPosition position) {
            this.text = text;
            this.position = position;
        }

        @Override
        public String getMessage() {
            return text.in(Language.EN);
        }

        public Wording text() {
            return text;
        }

        /** Where the bad byte stands; null from a reader {@link #withoutPlaces}. */
        public TextPosition position() {
            return position;
        }
    }
}
