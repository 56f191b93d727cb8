package dev.exoplan.io;

import dev.exoplan.core.check.Finding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strict UTF-8 decoding of a JSON file (RFC 8259 requires UTF-8), with a clear error where it is
 * not: the line and column of the first bad byte, and a hint for Japanese files saved as Shift_JIS.
 */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes, List<JsonDocument.Placed> findings) throws JsonDocument.SyntaxError {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            findings.add(new JsonDocument.Placed(Finding.warning("W-BOM", "",
                    "the file starts with a UTF-8 byte-order mark, which JSON does not use; it is ignored",
                    "save the file as UTF-8 without BOM"), TextPosition.START));
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new JsonDocument.SyntaxError("E-ENCODING", TextPosition.START,
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark); JSON files are UTF-8",
                    "save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            TextPosition at = endOf(out);
            int bad = bytes[in.position()] & 0xFF;
            throw new JsonDocument.SyntaxError("E-ENCODING", at, String.format(
                    "byte 0x%02X at byte offset %d is not UTF-8; the file looks like it was saved in another "
                            + "encoding (Shift_JIS is common for Japanese text)", bad, in.position()),
                    "save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The line and column just after {@code text}: where the next character would stand. */
    private static TextPosition endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TextPosition(line, column);
    }

}
