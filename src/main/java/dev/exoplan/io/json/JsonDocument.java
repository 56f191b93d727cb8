package dev.exoplan.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Message;
import dev.exoplan.core.text.Wording;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON read into Jackson trees that remember where every value stood, so that a problem found later
 * by JSON pointer can be reported at its line and column (Jackson's own tree model loses positions).
 * Unlike a plain {@code readTree}, it reports every duplicate key (the first value is kept). Columns
 * count characters, not bytes. These are the pieces of the one reading path,
 * {@code io.sheet.SheetReader}, which streams a sheet and builds a tree for one part at a time.
 */
public final class JsonDocument {

    /**
     * Limits on what a price sheet may contain, set deliberately rather than left to Jackson's
     * defaults: a real sheet nests about six levels and has short strings and numbers.
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(64)
            .maxStringLength(1_000_000)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    /** A finding made while reading, at the place it was made. */
    public record Placed(Finding finding, TextPosition position) {
    }

    private JsonDocument() {
    }

    /**
     * Where a finding stands: at its value, or — for a finding about a member's name, such as an
     * unknown field — at the name.
     */
    public static TextPosition positionOf(Map<String, TextPosition> positions, Finding finding) {
        if (placedAtName(finding)) {
            TextPosition key = positions.get(KEY + finding.pointer());
            if (key != null) {
                return key;
            }
        }
        return positionOf(positions, finding.pointer());
    }

    /** Codes whose place is the member's name rather than its value. */
    private static final Set<String> KEY_CODES = Set.of("W-UNKNOWN-FIELD");

    /** Whether a finding stands at the name of the member its pointer names rather than at its value. */
    static boolean placedAtName(Finding finding) {
        return KEY_CODES.contains(finding.code());
    }

    /** Prefix of the position entries of members' names (a JSON pointer never starts with it). */
    private static final String KEY = "#";

    /** Remembers where a member's name stands. */
    public static void nameAt(Map<String, TextPosition> positions, JsonPointer member, TextPosition position) {
        positions.put(KEY + member, position);
    }

    public static TextPosition positionOf(Map<String, TextPosition> positions, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        while (true) {
            TextPosition position = positions.get(at.toString());
            if (position != null) {
                return position;
            }
            JsonPointer head = at.head();
            if (head == null) {
                return TextPosition.START;
            }
            at = head;
        }
    }

    // ---- building blocks --------------------------------------------------------------------------

    public static JsonParser parser(Reader reader) throws IOException {
        return FACTORY.createParser(reader);
    }

    public static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing was written; a failure to close a reader changes no result
            }
        }
    }

    /** Moves to the first token; an empty document is a syntax error. */
    public static void first(JsonParser parser) throws IOException, SyntaxError {
        if (parser.nextToken() == null) {
            throw new SyntaxError("E-SYNTAX", TextPosition.START,
                    Message.of("syntax.empty"), Message.of("syntax.empty.fix"));
        }
    }

    /** After the one JSON value, nothing may follow. */
    public static void last(JsonParser parser) throws IOException, SyntaxError {
        if (parser.nextToken() != null) {
            throw new SyntaxError("E-SYNTAX", position(parser.currentTokenLocation()),
                    Message.of("syntax.trailing"), Message.of("syntax.trailing.fix"));
        }
    }

    public static void byteOrderMark(Utf8Reader reader, List<Placed> findings) {
        if (reader.hadByteOrderMark()) {
            findings.add(0, new Placed(Finding.warning("W-BOM", "",
                    Message.of("syntax.bom"), Message.of("syntax.bom.fix")),
                    TextPosition.START));
        }
    }

    /**
     * Whether {@code e} is the system's failure to read on (an I/O error, a folder, a closed descriptor),
     * not something wrong in the text: an {@code E-READ} of the file, never an {@code E-SYNTAX}.
     */
    public static boolean readFailure(IOException e) {
        return !(e instanceof SyntaxError) && !(e instanceof Utf8Reader.NotUtf8) && !(e instanceof JsonProcessingException);
    }

    /** What went wrong while reading, as one located {@link SyntaxError}. */
    public static SyntaxError syntaxError(IOException e, JsonParser parser) {
        if (e instanceof SyntaxError syntax) {
            return syntax;
        }
        if (e instanceof Utf8Reader.NotUtf8 notUtf8) {
            return new SyntaxError("E-ENCODING", notUtf8.position(), notUtf8.text(),
                    Message.of("syntax.encoding.fix"));
        }
        if (e instanceof StreamConstraintsException limit) {
            TextPosition at = parser != null ? position(parser.currentLocation()) : TextPosition.START;
            return new SyntaxError("E-SYNTAX", at, limit(limit), Message.of("syntax.limit.fix"));
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation where = json.getLocation() != null ? json.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            String message = plain(json.getOriginalMessage());
            TextPosition at = where == null ? TextPosition.START : position(where);
            // A control character between tokens is reported where the parser stands after reading it
            // (Jackson's other syntax errors, and one inside a string, are placed on the character itself).
            if (message.startsWith("Illegal character ((CTRL-CHAR") && at.column() > 1) {
                at = new TextPosition(at.line(), at.column() - 1);
            }
            JsonSyntax.Explained explained = JsonSyntax.explain(message);
            return new SyntaxError("E-SYNTAX", at, explained.text(), explained.fix());
        }
        return new SyntaxError("E-SYNTAX", TextPosition.START,
                Message.of("syntax.unreadable", String.valueOf(e.getMessage())), Message.of("syntax.unreadable.fix"));
    }

    /** Jackson's message without the hints that name its own configuration. */
    private static String plain(String message) {
        return message
                // "(consider enabling `JsonReadFeature.X` to allow use of Record Separators (U+001E))"
                .replaceAll("\\s*\\(consider (enabling|disabling) `[^`]+`[^()]*(\\([^()]*\\)[^()]*)*\\)", "")
                .replaceAll(":? ?\\(?(enable|disable) `[^`]+`( to allow)?\\)?", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static Message limit(StreamConstraintsException e) {
        String lower = e.getMessage().toLowerCase(Locale.ROOT);
        // the limits as plain digits (1000000), as exoplan has always written them
        if (lower.contains("nesting depth")) {
            return Message.of("syntax.limit.nesting", String.valueOf(LIMITS.getMaxNestingDepth()));
        }
        if (lower.contains("number value length")) {
            return Message.of("syntax.limit.number", String.valueOf(LIMITS.getMaxNumberLength()));
        }
        if (lower.contains("string value length")) {
            return Message.of("syntax.limit.text", String.valueOf(LIMITS.getMaxStringLength()));
        }
        return Message.of("syntax.limit.other");
    }

    public static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** A scalar value at the parser's current token, as a tree node (numbers exact: integers whole, decimals as written). */
    static JsonNode scalar(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /**
     * A second value for a key that already has one (whose value starts on {@code firstLine}, a
     * {@link LineNumber}, or "?" where it is not known): skipped, and the error that says so, at the second key.
     */
    static Placed duplicate(JsonParser parser, String pointer, String name, Object firstLine, TextPosition keyPosition)
            throws IOException {
        parser.skipChildren();
        return new Placed(Finding.error("E-DUPLICATE-KEY", pointer, Message.of("syntax.duplicateKey", name, firstLine),
                Message.of("syntax.duplicateKey.fix", name)), keyPosition);
    }

    /** The document is not UTF-8 JSON: where and why, and how to fix it. */
    public static final class SyntaxError extends IOException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final TextPosition position;
        private final transient Wording text;
        private final transient Wording fix;

        SyntaxError(String code, TextPosition position, Wording text, Wording fix) {
            super(text.in(Language.EN));
            this.code = code;
            this.position = position;
            this.text = text;
            this.fix = fix;
        }

        /** {@code E-SYNTAX}, or {@code E-ENCODING} when the bytes are not UTF-8. */
        public String code() {
            return code;
        }

        public TextPosition position() {
            return position;
        }

        /** The English fix. */
        public String fix() {
            return fix.in(Language.EN);
        }

        /** As a finding of the whole document. */
        public Finding finding() {
            return Finding.error(code, "", text, fix);
        }
    }

    /**
     * Builds the value at the parser's current token into a tree, recording where each value starts
     * (by JSON pointer) and every duplicate key.
     */
    public static final class Builder {
        private final Map<String, TextPosition> positions;
        private final List<Placed> findings;

        public Builder(Map<String, TextPosition> positions, List<Placed> findings) {
            this.positions = positions;
            this.findings = findings;
        }

        public JsonNode value(JsonParser parser, JsonPointer pointer) throws IOException {
            positions.put(pointer.toString(), position(parser.currentTokenLocation()));
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(parser, pointer);
                case START_ARRAY:
                    return array(parser, pointer);
                default:
                    return scalar(parser);
            }
        }

        /** Records a second value for a key that already has one, and skips it. */
        public void duplicate(JsonParser parser, JsonPointer child, String name, TextPosition keyPosition)
                throws IOException {
            TextPosition first = positions.get(child.toString());
            findings.add(JsonDocument.duplicate(parser, child.toString(), name,
                    first == null ? "?" : new LineNumber(first.line()), keyPosition));
        }

        private ObjectNode object(JsonParser parser, JsonPointer pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonPointer child = pointer.appendProperty(name);
                TextPosition keyPosition = position(parser.currentTokenLocation());
                parser.nextToken();
                if (object.has(name)) {
                    duplicate(parser, child, name, keyPosition);
                    continue;
                }
                nameAt(positions, child, keyPosition);
                object.set(name, value(parser, child));
            }
            return object;
        }

        private ArrayNode array(JsonParser parser, JsonPointer pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser, pointer.appendIndex(index++)));
            }
            return array;
        }
    }
}
