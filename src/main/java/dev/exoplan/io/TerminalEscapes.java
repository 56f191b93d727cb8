package dev.exoplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escaping that also writes the characters {@link Terminal#safe} neutralises as {@code \\uXXXX}:
 * DEL and the C1 controls (U+0080–U+009F; U+009B starts an escape sequence on many terminals), the line
 * and paragraph separators and the bidirectional marks. JSON allows them raw, but JSON is read on
 * terminals too; escaped, a program reading it gets the same text. Japanese stays as it is.
 */
final class TerminalEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    static final TerminalEscapes INSTANCE = new TerminalEscapes();

    private final int[] ascii = standardAsciiEscapesForJSON();

    private TerminalEscapes() {
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    /** {@code factory}, set to escape with these. */
    static JsonFactory on(JsonFactory factory) {
        factory.setCharacterEscapes(INSTANCE);
        return factory;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        boolean unsafe = (ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
        return unsafe ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
