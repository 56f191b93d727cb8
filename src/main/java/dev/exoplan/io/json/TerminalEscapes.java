package dev.exoplan.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.exoplan.io.text.SafeText;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON escaping that also writes the characters {@link SafeText#forPeople} neutralises as {@code \\uXXXX}:
 * DEL and the C1 controls (U+0080–U+009F; U+009B starts an escape sequence on many terminals), the line
 * and paragraph separators and the bidirectional marks. JSON allows them raw, but JSON is read on
 * terminals too; escaped, a program reading it gets the same text. Japanese stays as it is. A lone
 * surrogate, which JSON can only write as an escape no reader can turn back into text, becomes U+FFFD
 * as in every other output ({@link SafeText#forJson}).
 */
public final class TerminalEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    static final TerminalEscapes INSTANCE = new TerminalEscapes();

    private final int[] ascii = standardAsciiEscapesForJSON();

    private TerminalEscapes() {
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    /** A factory from {@code builder} whose generators escape with these and write no lone surrogate. */
    static JsonFactory on(JsonFactoryBuilder builder) {
        return builder.characterEscapes(INSTANCE)
                .addDecorator((factory, generator) -> new Surrogates(generator))
                .build();
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return SafeText.neutralised(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }

    /** Every string value through {@link SafeText#forJson}; the rest is written as it is. */
    private static final class Surrogates extends JsonGeneratorDelegate {
        Surrogates(JsonGenerator generator) {
            super(generator, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            delegate.writeString(text == null ? null : SafeText.forJson(text));
        }

        @Override
        public void writeString(char[] text, int offset, int length) throws IOException {
            writeString(new String(text, offset, length));
        }
    }
}
