package dev.exoplan.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.check.Finding;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One value read into a tree that remembers where each of its values, and each member's name, stood:
 * the same tree and the same places as a {@link JsonDocument.Builder} records, and the same duplicate
 * keys reported, but the places are kept as numbers in the tree's order (depth first), without a JSON
 * pointer or a map entry per value. A finding's pointer is followed through the tree when it is placed,
 * which happens only for findings. The parts of a sheet that stream (each clinic) are read this way.
 */
public final class PositionedTree implements Positions {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final int INITIAL = 128;

    private final JsonNode root;
    private final String rootPointer;
    /** Per value, in depth-first order: where it starts, where its name stands (0: no name), and the next value after it. */
    private int[] line = new int[INITIAL];
    private int[] column = new int[INITIAL];
    private int[] keyLine = new int[INITIAL];
    private int[] keyColumn = new int[INITIAL];
    private int[] end = new int[INITIAL];
    private int size;
    /** Per container a finding was placed in: its members' values by name, or its elements', in order. */
    private Map<Integer, Object> children;

    private PositionedTree(JsonParser parser, Pointer at, List<JsonDocument.Placed> findings) throws IOException {
        this.root = value(parser, at, findings);
        this.rootPointer = at.toString();
    }

    /**
     * Reads the value at the parser's current token, which {@code at} names; a second value for a key
     * that already has one is skipped and reported to {@code findings}, as {@link JsonDocument.Builder} does.
     */
    public static PositionedTree read(JsonParser parser, Pointer at, List<JsonDocument.Placed> findings)
            throws IOException {
        return new PositionedTree(parser, at, findings);
    }

    public JsonNode tree() {
        return root;
    }

    // ---- reading --------------------------------------------------------------------------------------

    private JsonNode value(JsonParser parser, Pointer at, List<JsonDocument.Placed> findings) throws IOException {
        int self = size++;
        if (self == line.length) {
            grow();
        }
        JsonLocation where = parser.currentTokenLocation();
        line[self] = Math.max(1, where.getLineNr());
        column[self] = Math.max(1, where.getColumnNr());
        JsonToken token = parser.currentToken();
        JsonNode node;
        if (token == JsonToken.START_OBJECT) {
            node = object(parser, at, self, findings);
        } else if (token == JsonToken.START_ARRAY) {
            node = array(parser, at, findings);
        } else {
            node = JsonDocument.scalar(parser);
        }
        end[self] = size;
        return node;
    }

    private ObjectNode object(JsonParser parser, Pointer at, int self, List<JsonDocument.Placed> findings)
            throws IOException {
        ObjectNode object = NODES.objectNode();
        Map<String, Integer> first = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation key = parser.currentTokenLocation();
            int nameLine = Math.max(1, key.getLineNr());
            int nameColumn = Math.max(1, key.getColumnNr());
            parser.nextToken();
            if (object.has(name)) {
                if (first == null) {
                    first = members(object, self);
                }
                findings.add(JsonDocument.duplicate(parser, at.property(name).toString(), name,
                        new LineNumber(line[first.get(name)]), new TextPosition(nameLine, nameColumn)));
                continue;
            }
            int child = size;
            JsonToken token = parser.currentToken();
            boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            object.set(name, value(parser, container ? at.property(name) : at, findings));
            keyLine[child] = nameLine;
            keyColumn[child] = nameColumn;
            if (first != null) {
                first.put(name, child);
            }
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, Pointer at, List<JsonDocument.Placed> findings) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonToken token = parser.currentToken();
            boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            array.add(value(parser, container ? at.index(index) : at, findings));
            index++;
        }
        return array;
    }

    private void grow() {
        int length = line.length * 2;
        line = Arrays.copyOf(line, length);
        column = Arrays.copyOf(column, length);
        keyLine = Arrays.copyOf(keyLine, length);
        keyColumn = Arrays.copyOf(keyColumn, length);
        end = Arrays.copyOf(end, length);
    }

    /** The values of an object's members (read so far), by name. */
    private Map<String, Integer> members(JsonNode object, int self) {
        Map<String, Integer> byName = new HashMap<>();
        int child = self + 1;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); child = end[child]) {
            byName.put(names.next(), child);
        }
        return byName;
    }

    // ---- placing ----------------------------------------------------------------------------------------

    @Override
    public TextPosition of(Finding finding) {
        String pointer = finding.pointer();
        if (!pointer.startsWith(rootPointer)
                || pointer.length() > rootPointer.length() && pointer.charAt(rootPointer.length()) != '/') {
            return TextPosition.START;
        }
        JsonNode node = root;
        int at = 0;
        boolean whole = true;
        int from = rootPointer.length();
        while (from < pointer.length()) {
            int next = pointer.indexOf('/', from + 1);
            if (next < 0) {
                next = pointer.length();
            }
            String segment = unescape(pointer.substring(from + 1, next));
            int child = child(node, at, segment);
            if (child < 0) {
                whole = false;
                break;
            }
            node = node.isObject() ? node.get(segment) : node.get(Integer.parseInt(segment));
            at = child;
            from = next;
        }
        if (whole && JsonDocument.placedAtName(finding) && keyLine[at] > 0) {
            return new TextPosition(keyLine[at], keyColumn[at]);
        }
        return new TextPosition(line[at], column[at]);
    }

    /** The value that {@code segment} names inside the value {@code node} (number {@code at}), or -1. */
    @SuppressWarnings("unchecked")
    private int child(JsonNode node, int at, String segment) {
        if (node.isObject()) {
            if (children == null) {
                children = new HashMap<>();
            }
            Map<String, Integer> byName = (Map<String, Integer>) children.computeIfAbsent(at, k -> members(node, at));
            Integer child = byName.get(segment);
            return child == null ? -1 : child;
        }
        if (node.isArray()) {
            int index = index(segment);
            if (index < 0 || index >= node.size()) {
                return -1;
            }
            if (children == null) {
                children = new HashMap<>();
            }
            int[] elements = (int[]) children.computeIfAbsent(at, k -> elements(node, at));
            return elements[index];
        }
        return -1;
    }

    private int[] elements(JsonNode array, int self) {
        int[] elements = new int[array.size()];
        int child = self + 1;
        for (int i = 0; i < elements.length; i++, child = end[child]) {
            elements[i] = child;
        }
        return elements;
    }

    /** An array index as a pointer writes it (digits, no leading zero), or -1. */
    private static int index(String segment) {
        int length = segment.length();
        if (length == 0 || length > 9 || length > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }
}
