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
import dev.exoplan.core.sheet.Language;
import dev.exoplan.core.sheet.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON read into Jackson trees that remember where every value stood, so that a problem found later
 * by JSON pointer can be reported at its line and column (Jackson's own tree model loses positions).
 * Unlike a plain {@code readTree}, it reports every duplicate key (the first value is kept). Columns
 * count characters, not bytes. The pieces here also serve {@link SheetReader}, which streams a sheet
 * and builds a tree for one part at a time.
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

    private final JsonNode root;
    private final Map<String, TextPosition> positions;
    private final List<Placed> findings;

    /** A finding made while reading, at the place it was made. */
    public record Placed(Finding finding, TextPosition position) {
    }

    private JsonDocument(JsonNode root, Map<String, TextPosition> positions, List<Placed> findings) {
        this.root = root;
        this.positions = positions;
        this.findings = List.copyOf(findings);
    }

    /**
     * Parses a whole document from {@code bytes}, which must be UTF-8 (RFC 8259); a UTF-8 byte-order
     * mark is skipped with a warning.
     *
     * @throws SyntaxError when the bytes are not UTF-8 or not one JSON value
     */
    public static JsonDocument parse(byte[] bytes) throws SyntaxError {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
        Map<String, TextPosition> positions = new HashMap<>();
        List<Placed> findings = new ArrayList<>();
        JsonParser parser = null;
        try {
            parser = parser(reader);
            first(parser);
            JsonNode root = new Builder(positions, findings).value(parser, JsonPointer.empty());
            last(parser);
            byteOrderMark(reader, findings);
            return new JsonDocument(root, positions, findings);
        } catch (IOException e) {
            throw syntaxError(e, parser);
        } finally {
            closeQuietly(parser);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Problems found while reading that did not stop it, such as duplicate keys. */
    public List<Placed> findings() {
        return findings;
    }

    /**
     * Where the value at {@code pointer} starts; for a pointer to a missing value, where its
     * nearest existing parent starts.
     */
    public TextPosition positionOf(String pointer) {
        return positionOf(positions, pointer);
    }

    /**
     * Where a finding stands: at its value, or — for a finding about a member's name, such as an
     * unknown field — at the name.
     */
    public static TextPosition positionOf(Map<String, TextPosition> positions, Finding finding) {
        if (KEY_CODES.contains(finding.code())) {
            TextPosition key = positions.get(KEY + finding.pointer());
            if (key != null) {
                return key;
            }
        }
        return positionOf(positions, finding.pointer());
    }

    /** Codes whose place is the member's name rather than its value. */
    private static final Set<String> KEY_CODES = Set.of("W-UNKNOWN-FIELD");

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
                    text("the file is empty", "ファイルが空です"),
                    text("write a price sheet: a JSON object starting with {\"schemaVersion\": 1",
                            "料金表を書いてください（{\"schemaVersion\": 1 で始まる JSON オブジェクト）"));
        }
    }

    /** After the one JSON value, nothing may follow. */
    public static void last(JsonParser parser) throws IOException, SyntaxError {
        if (parser.nextToken() != null) {
            throw new SyntaxError("E-SYNTAX", position(parser.currentTokenLocation()),
                    text("unexpected content after the end of the JSON value", "JSON の値の後に余分な内容があります"),
                    text("remove what follows the closing brace, or merge it into the one object",
                            "閉じ括弧の後ろを削除するか、1つのオブジェクトにまとめてください"));
        }
    }

    public static void byteOrderMark(Utf8Reader reader, List<Placed> findings) {
        if (reader.hadByteOrderMark()) {
            findings.add(0, new Placed(Finding.warning("W-BOM", "",
                    text("the file starts with a UTF-8 byte-order mark, which JSON does not use; it is ignored",
                            "ファイルが UTF-8 のバイト順マーク（BOM）で始まっています。JSON では使わないため無視します"),
                    text("save the file as UTF-8 without BOM", "BOM なしの UTF-8 で保存してください")),
                    TextPosition.START));
        }
    }

    /** What went wrong while reading, as one located {@link SyntaxError}. */
    public static SyntaxError syntaxError(IOException e, JsonParser parser) {
        if (e instanceof SyntaxError syntax) {
            return syntax;
        }
        if (e instanceof Utf8Reader.NotUtf8 notUtf8) {
            return new SyntaxError("E-ENCODING", notUtf8.position(), notUtf8.text(),
                    text("save the file as UTF-8", "UTF-8 で保存し直してください"));
        }
        if (e instanceof StreamConstraintsException limit) {
            TextPosition at = parser != null ? position(parser.currentLocation()) : TextPosition.START;
            return new SyntaxError("E-SYNTAX", at, limit(limit), text("simplify the file: a price sheet nests about "
                    + "six levels deep and has short numbers and texts", "ファイルを簡素にしてください（料金表のネストは"
                    + "6段程度で、数値や文字列は短いものです）"));
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
            return new SyntaxError("E-SYNTAX", at,
                    text(message, "JSON として読めません（" + message + "）"),
                    text("fix the JSON syntax at this place (a missing comma, quote or bracket is the usual cause)",
                            "この位置の JSON 構文を直してください（カンマ・引用符・括弧の抜けがよくある原因です）"));
        }
        return new SyntaxError("E-SYNTAX", TextPosition.START,
                text("cannot be read: " + e.getMessage(), "読めません：" + e.getMessage()),
                text("check the file", "ファイルを確認してください"));
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

    private static LocalizedText limit(StreamConstraintsException e) {
        String lower = e.getMessage().toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return text("nesting deeper than " + LIMITS.getMaxNestingDepth() + " levels",
                    "ネストが " + LIMITS.getMaxNestingDepth() + " 段を超えています");
        }
        if (lower.contains("number value length")) {
            return text("a number longer than " + LIMITS.getMaxNumberLength() + " characters",
                    LIMITS.getMaxNumberLength() + " 文字を超える数値があります");
        }
        if (lower.contains("string value length")) {
            return text("a text longer than " + LIMITS.getMaxStringLength() + " characters",
                    LIMITS.getMaxStringLength() + " 文字を超えるテキストがあります");
        }
        String message = plain(e.getMessage().replaceAll("\\(.*?from `[^`]+`\\)", ""));
        return text(message, "制限を超えています（" + message + "）");
    }

    public static LocalizedText text(String english, String japanese) {
        return LocalizedText.of(japanese, english);
    }

    public static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** The document is not UTF-8 JSON: where and why, and how to fix it. */
    public static final class SyntaxError extends IOException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final TextPosition position;
        private final transient LocalizedText text;
        private final transient LocalizedText fix;

        SyntaxError(String code, TextPosition position, LocalizedText text, LocalizedText fix) {
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

        /** Records a second value for a key that already has one, and skips it. */
        public void duplicate(JsonParser parser, JsonPointer child, String name, TextPosition keyPosition)
                throws IOException {
            Optional<TextPosition> first = Optional.ofNullable(positions.get(child.toString()));
            parser.skipChildren();
            findings.add(new Placed(Finding.error("E-DUPLICATE-KEY", child.toString(),
                    "key '" + name + "' appears twice in one object (first at line "
                            + first.map(TextPosition::line).map(String::valueOf).orElse("?") + ")",
                    "keep one '" + name + "' and remove the other"), keyPosition));
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
