package dev.exoplan.io.sheet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.PriceSheet.ClinicList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The clinics of a large sheet, each kept as its compact JSON (the value as read, without spaces) and
 * decoded again whenever it is asked for: a sheet of 100,000 clinics holds about as many bytes as its
 * file, where the clinics as records would take ten times that. Only clinics that decoded without an
 * error are stored, so decoding one again cannot fail. The bytes live in chunks of 256 KB, so that
 * storing never copies what is already stored, and so that no chunk is one of G1's humongous objects
 * (half a region or more: 512 KB in the 1 MB regions of a small heap), which need whole free regions
 * of their own and are what a small heap runs short of; the last clinics asked for are kept decoded.
 * Safe for several threads (decoding is serialised).
 */
final class StoredClinics extends ClinicList {

    private static final int CHUNK = 1 << 18;
    private static final int DECODED = 64;
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final JsonFactory JSON = new JsonFactory();

    private final SheetDecoder decoder;
    private final String[] ids;
    private final Map<String, Integer> byId;
    private final byte[][] chunks;
    /** Per clinic: its chunk, offset in it and length. */
    private final int[] chunk;
    private final int[] offset;
    private final int[] length;
    private final Clinic[] decoded = new Clinic[DECODED];
    private final int[] decodedIndex = new int[DECODED];

    private StoredClinics(SheetDecoder decoder, Builder b) {
        this.decoder = decoder;
        decoder.forgetIds();
        this.ids = Arrays.copyOf(b.ids, b.size);
        this.chunk = Arrays.copyOf(b.chunk, b.size);
        this.offset = Arrays.copyOf(b.offset, b.size);
        this.length = Arrays.copyOf(b.length, b.size);
        this.chunks = b.chunks.clone();
        this.byId = new HashMap<>(b.size * 4 / 3 + 1);
        for (int i = 0; i < ids.length; i++) {
            byId.put(ids[i], i);
        }
        Arrays.fill(decodedIndex, -1);
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public String id(int index) {
        return ids[index];
    }

    @Override
    public int indexOf(String id) {
        Integer at = byId.get(id);
        return at == null ? -1 : at;
    }

    @Override
    public synchronized Clinic get(int index) {
        int slot = index % DECODED;
        if (decodedIndex[slot] == index) {
            return decoded[slot];
        }
        Objects.checkIndex(index, ids.length);
        Clinic clinic;
        try (JsonParser parser = JSON.createParser(chunks[chunk[index]], offset[index], length[index])) {
            parser.nextToken();
            clinic = decoder.again(index, tree(parser));
        } catch (IOException e) {
            // the bytes were written by this class from a tree it could write
            throw new UncheckedIOException("a stored clinic no longer reads", e);
        }
        decoded[slot] = clinic;
        decodedIndex[slot] = index;
        return clinic;
    }

    /** The value at the parser's token as a tree of the same node types the sheet's first reading built. */
    private static JsonNode tree(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, tree(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser));
                }
                return array;
            }
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
                throw new IllegalStateException("unexpected token " + parser.currentToken());
        }
    }

    /** Collects clinics as they are read, then makes the list. Not thread-safe. */
    static final class Builder {
        private final Scratch scratch = new Scratch();
        private String[] ids = new String[1024];
        private int[] chunk = new int[1024];
        private int[] offset = new int[1024];
        private int[] length = new int[1024];
        private byte[][] chunks = new byte[0][];
        private int used = CHUNK;
        private int size;

        /** Stores clinic {@code id}, as its tree {@code clinic} (which decoded without an error). */
        void add(String id, JsonNode clinic) {
            scratch.reset();
            try (JsonGenerator g = JSON.createGenerator(scratch)) {
                write(g, clinic);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int n = scratch.size();
            if (chunks.length == 0 || used + n > chunks[chunks.length - 1].length) {
                chunks = Arrays.copyOf(chunks, chunks.length + 1);
                chunks[chunks.length - 1] = new byte[Math.max(CHUNK, n)];
                used = 0;
            }
            if (size == ids.length) {
                int grown = size * 2;
                ids = Arrays.copyOf(ids, grown);
                chunk = Arrays.copyOf(chunk, grown);
                offset = Arrays.copyOf(offset, grown);
                length = Arrays.copyOf(length, grown);
            }
            System.arraycopy(scratch.bytes(), 0, chunks[chunks.length - 1], used, n);
            ids[size] = id;
            chunk[size] = chunks.length - 1;
            offset[size] = used;
            length[size] = n;
            used += n;
            size++;
        }

        int size() {
            return size;
        }

        /** The list, decoding with {@code decoder} (the one that read the sheet's header). */
        StoredClinics build(SheetDecoder decoder) {
            return new StoredClinics(decoder, this);
        }

        /** A buffer whose bytes are copied out without a copy of the whole buffer first. */
        private static final class Scratch extends ByteArrayOutputStream {
            Scratch() {
                super(1024);
            }

            byte[] bytes() {
                return buf;
            }
        }

        /** Numbers are written as read (a decimal keeps its scale), so that they read back the same. */
        private static void write(JsonGenerator g, JsonNode node) throws IOException {
            switch (node.getNodeType()) {
                case OBJECT -> {
                    g.writeStartObject();
                    for (Map.Entry<String, JsonNode> e : node.properties()) {
                        g.writeFieldName(e.getKey());
                        write(g, e.getValue());
                    }
                    g.writeEndObject();
                }
                case ARRAY -> {
                    g.writeStartArray();
                    for (JsonNode item : node) {
                        write(g, item);
                    }
                    g.writeEndArray();
                }
                case STRING -> g.writeString(node.textValue());
                case NUMBER -> {
                    if (node.isIntegralNumber()) {
                        g.writeNumber(node.bigIntegerValue());
                    } else {
                        g.writeNumber(node.decimalValue().toString());
                    }
                }
                case BOOLEAN -> g.writeBoolean(node.booleanValue());
                case NULL -> g.writeNull();
                default -> throw new IllegalStateException("unexpected node " + node.getNodeType());
            }
        }
    }
}
