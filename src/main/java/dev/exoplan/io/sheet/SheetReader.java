package dev.exoplan.io.sheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.CourseChecks;
import dev.exoplan.core.check.FinancingChecks;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.Pointers;
import dev.exoplan.core.check.SheetChecks;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.JsonDocument;
import dev.exoplan.io.json.Pointer;
import dev.exoplan.io.json.PositionedTree;
import dev.exoplan.io.json.Positions;
import dev.exoplan.io.json.TextPosition;
import dev.exoplan.io.json.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a price sheet as a stream: the top-level fields are small and are read whole, but the
 * clinics — a chain's sheet may list tens of thousands — are read, decoded and checked one at a
 * time, so memory does not grow with the file (unless the caller keeps the clinics, as {@code plan}
 * does). Every finding goes to a sink as soon as it is placed in the file; the sink decides what to
 * keep. A sheet that puts {@code clinics} before the fields they depend on (currency, methods) is
 * still read correctly, by holding its clinics until the end.
 */
final class SheetReader {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final JsonPointer CLINICS = JsonPointer.empty().appendProperty("clinics");
    private static final Pointer CLINIC_LIST = Pointer.root().property("clinics");

    /** The outcome: the sheet (when kept and without errors) and whether any error was found. */
    record Result(Optional<PriceSheet> sheet, boolean hasErrors) {
    }

    private final String name;
    /** Which decoded clinics to keep for the sheet returned (by id); null: none, and no sheet (validation). */
    private final Predicate<String> keepClinics;
    private final boolean articleChecks;
    private final Consumer<SheetFinding> sink;
    private final Consumer<SkippedChecks> skips;
    private final SheetDecoder decoder = new SheetDecoder();
    private final Map<String, TextPosition> headerPositions = new HashMap<>();
    private final Positions headerPlaces = Positions.of(headerPositions);
    private final List<JsonDocument.Placed> headerPlaced = new ArrayList<>();
    private final List<Clinic> clinics = new ArrayList<>();
    /**
     * Up to this many kept clinics are held as records; a sheet that keeps more holds them all in compact
     * form instead ({@link StoredClinics}), each decoded again when asked for.
     */
    private final int heldLimit;
    private final StoredClinics.Builder stored = new StoredClinics.Builder();
    private final Set<String> pricedMethods = new HashSet<>();
    private boolean headerDecoded;
    /** Whether some clinic's price keys could not be read, or there was no list of clinics to read. */
    private boolean pricesUnknown;
    private boolean errors;

    private SheetReader(String name, Predicate<String> keepClinics, int heldLimit, boolean articleChecks,
            Consumer<SheetFinding> sink, Consumer<SkippedChecks> skips) {
        this.name = name;
        this.heldLimit = heldLimit;
        this.keepClinics = keepClinics;
        this.articleChecks = articleChecks;
        this.sink = sink;
        this.skips = skips;
    }

    /**
     * @param keepClinics   which decoded clinics the returned sheet keeps, by id (every one for list,
     *                      compare and quote; only the one asked for by a plan with --clinic); null for
     *                      none and no sheet: validation, which so streams in bounded memory. Every clinic
     *                      is decoded and checked either way.
     * @param articleChecks also run what the source article asks of a clinic ({@link SheetChecks}):
     *                      on every clinic and goal, or part of one, whose structure allows it, even
     *                      when another part of the sheet has errors; {@code skips} hears of the rest
     */
    static Result read(InputStream in, String name, Predicate<String> keepClinics, boolean articleChecks,
            Consumer<SheetFinding> sink, Consumer<SkippedChecks> skips) {
        return read(in, name, keepClinics, HELD_LIMIT, articleChecks, sink, skips);
    }

    /** A sheet that keeps more clinics than this holds them in compact form ({@link StoredClinics}). */
    static final int HELD_LIMIT = 1_000;

    /** The same, holding up to {@code heldLimit} kept clinics as records (tests lower it to reach the compact form). */
    static Result read(InputStream in, String name, Predicate<String> keepClinics, int heldLimit,
            boolean articleChecks, Consumer<SheetFinding> sink, Consumer<SkippedChecks> skips) {
        return new SheetReader(name, keepClinics, heldLimit, articleChecks, sink, skips).read(in);
    }

    private Result read(InputStream in) {
        Utf8Reader reader = new Utf8Reader(in);
        JsonParser parser = null;
        try {
            parser = JsonDocument.parser(reader);
            JsonDocument.first(parser);
            if (reader.hadByteOrderMark()) {
                List<JsonDocument.Placed> bom = new ArrayList<>();
                JsonDocument.byteOrderMark(reader, bom);
                emitPlaced(bom);
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                notAnObject(parser);
            } else {
                object(parser);
            }
        } catch (IOException e) {
            if (JsonDocument.readFailure(e)) {
                // the system's, not the text's: the file could not be read on (EIO, a folder, a closed descriptor)
                emit(Optional.empty(), Finding.error("E-READ", "", Message.of("read.unreadable", name,
                        String.valueOf(e.getMessage())), Message.of("read.unreadable.fix")));
                return new Result(Optional.empty(), true);
            }
            JsonDocument.SyntaxError error = JsonDocument.syntaxError(e, parser);
            emit(Optional.of(error.position()), error.finding());
            return new Result(Optional.empty(), true);
        } finally {
            JsonDocument.closeQuietly(parser);
        }
        Optional<PriceSheet> sheet = keepClinics == null || errors ? Optional.empty()
                : decoder.sheet(stored.size() > heldLimit ? stored.build(decoder) : clinics);
        return new Result(sheet, errors);
    }

    /** A document whose top level is not an object: one type error, without holding its contents. */
    private void notAnObject(JsonParser parser) throws IOException {
        JsonNode root;
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            headerPositions.put("", JsonDocument.position(parser.currentTokenLocation()));
            parser.skipChildren();
            root = NODES.arrayNode();
        } else {
            root = new JsonDocument.Builder(headerPositions, headerPlaced).value(parser, JsonPointer.empty());
        }
        JsonDocument.last(parser);
        decoder.header(root);
        emitDecoder(headerPlaces);
    }

    private void object(JsonParser parser) throws IOException {
        headerPositions.put("", JsonDocument.position(parser.currentTokenLocation()));
        JsonDocument.Builder header = new JsonDocument.Builder(headerPositions, headerPlaced);
        ObjectNode fields = NODES.objectNode();
        ObjectNode late = NODES.objectNode();
        List<Held> held = new ArrayList<>();
        boolean clinicsSeen = false;
        JsonNode clinicsValue = null;
        int clinicCount = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonPointer child = JsonPointer.empty().appendProperty(field);
            TextPosition keyPosition = JsonDocument.position(parser.currentTokenLocation());
            parser.nextToken();
            if (fields.has(field) || late.has(field) || (field.equals("clinics") && clinicsSeen)) {
                header.duplicate(parser, child, field, keyPosition);
                continue;
            }
            JsonDocument.nameAt(headerPositions, child, keyPosition);
            if (!field.equals("clinics")) {
                (headerDecoded ? late : fields).set(field, header.value(parser, child));
                continue;
            }
            clinicsSeen = true;
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                clinicsValue = header.value(parser, child);
                continue;
            }
            headerPositions.put(CLINICS.toString(), JsonDocument.position(parser.currentTokenLocation()));
            if (ready(fields)) {
                decodeHeader(fields);
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (headerDecoded && clinicCount >= ReadAhead.AFTER) {
                    // a chain's sheet: the other clinics are parsed on a second thread while this one checks them
                    clinicCount = ReadAhead.rest(parser, clinicCount, i -> Held.read(parser, i), this::clinic);
                    break;
                }
                Held clinic = Held.read(parser, clinicCount++);
                if (headerDecoded) {
                    clinic(clinic);
                } else {
                    held.add(clinic);
                }
            }
        }
        JsonDocument.last(parser);
        if (!headerDecoded) {
            decodeHeader(fields);
            held.forEach(this::clinic);
        }
        if (!late.isEmpty()) {
            decoder.late(late);
        }
        if (clinicsValue != null) {
            decoder.clinicsNotAnArray(clinicsValue);
        } else {
            decoder.finish(clinicsSeen, clinicCount);
        }
        emitDecoder(headerPlaces);
        emitPlaced(headerPlaced);
        if (articleChecks && !decoder.goals().isEmpty()) {
            // Whether a goal is offered depends on every clinic: without all their price keys, it is not asked.
            if (pricesUnknown || clinicsValue != null || clinicCount == 0) {
                skips.accept(new SkippedChecks(Pointers.of("goals"), List.of(Check.GOALS_OFFERED)));
            } else {
                for (Goal goal : decoder.goals().values()) {
                    SheetChecks.unoffered(goal, pricedMethods).ifPresent(f -> emit(headerPlaces, f));
                }
            }
        }
    }

    /** The header can be decoded once the fields clinics depend on have been read. */
    private static boolean ready(ObjectNode fields) {
        return fields.has("currency") && fields.has("methods") && fields.has("tax") && fields.has("goals")
                && fields.has("schemaVersion");
    }

    private void decodeHeader(ObjectNode fields) {
        headerDecoded = true;
        decoder.header(fields);
        emitDecoder(headerPlaces);
        emitPlaced(headerPlaced);
        headerPlaced.clear();
        if (articleChecks) {
            for (String key : decoder.goalKeys()) {
                Goal goal = decoder.goals().get(key);
                if (goal != null) {
                    SheetChecks.goal(goal).forEach(f -> emit(headerPlaces, f));
                } else {
                    skips.accept(new SkippedChecks(Pointers.of("goals", key), List.of(Check.INTERVALS)));
                }
            }
        }
    }

    private void clinic(Held held) {
        Optional<Clinic> clinic = decoder.clinic(held.index(), held.tree());
        SheetDecoder.Parts parts = decoder.parts();
        emitPlaced(held.placed());
        emitDecoder(held.positions());
        parts.priced().ifPresent(pricedMethods::addAll);
        pricesUnknown |= parts.priced().isEmpty();
        // A sheet with an error is refused: what it keeps from then on would never be used.
        if (clinic.isPresent() && keepClinics != null && !errors && keepClinics.test(clinic.get().id())) {
            stored.add(clinic.get().id(), held.tree());
            if (stored.size() <= heldLimit) {
                clinics.add(clinic.get());
            } else {
                clinics.clear();
            }
        }
        if (!articleChecks) {
            return;
        }
        if (clinic.isPresent()) {
            SheetChecks.clinic(held.index(), clinic.get(), decoder.currency()).forEach(f -> emit(held.positions(), f));
            CourseChecks.clinic(held.index(), clinic.get(), decoder.goals().values(), decoder.currency())
                    .forEach(f -> emit(held.positions(), f));
            FinancingChecks.clinic(held.index(), clinic.get()).forEach(f -> emit(held.positions(), f));
            return;
        }
        // The clinic has errors: what needs only a part of it runs on that part, so that fixing the errors
        // brings no warning this run could have given; what needs all its prices waits.
        List<Check> skipped = new ArrayList<>();
        if (parts.id().isPresent() && parts.disclosure().isPresent()) {
            SheetChecks.disclosure(held.index(), parts.id().get(), parts.disclosure().get())
                    .forEach(f -> emit(held.positions(), f));
        } else {
            skipped.add(Check.DISCLOSURE);
        }
        if (parts.id().isPresent() && parts.fees().isPresent() && parts.priced().isPresent()) {
            SheetChecks.fees(held.index(), parts.id().get(), parts.fees().get(), parts.priced().get())
                    .forEach(f -> emit(held.positions(), f));
        } else {
            skipped.add(Check.FEES);
        }
        skipped.add(Check.CHEAP);
        skipped.add(Check.OFFERS);
        if (held.tree().has("packages")) {
            // only a clinic that sells packages has course checks to wait for
            skipped.add(Check.COURSES);
        }
        if (held.tree().has("financing")) {
            skipped.add(Check.FINANCING);
        }
        skips.accept(new SkippedChecks(Pointers.of("clinics", held.index()), skipped));
    }

    private void emitDecoder(Positions positions) {
        List<Finding> found = new ArrayList<>(decoder.drain());
        found.sort(Comparator.comparing(positions::of,
                Comparator.comparingInt(TextPosition::line).thenComparingInt(TextPosition::column)));
        found.forEach(f -> emit(positions, f));
    }

    private void emitPlaced(List<JsonDocument.Placed> placed) {
        placed.forEach(p -> emit(Optional.of(p.position()), p.finding()));
    }

    private void emit(Positions positions, Finding finding) {
        emit(Optional.of(positions.of(finding)), finding);
    }

    private void emit(Optional<TextPosition> position, Finding finding) {
        errors |= finding.isError();
        sink.accept(new SheetFinding(name, position, finding));
    }

    /** One clinic read as a tree, with where its values stood and what reading it found. */
    private record Held(int index, JsonNode tree, Positions positions, List<JsonDocument.Placed> placed) {

        static Held read(JsonParser parser, int index) throws IOException {
            List<JsonDocument.Placed> placed = new ArrayList<>();
            PositionedTree tree = PositionedTree.read(parser, CLINIC_LIST.index(index), placed);
            return new Held(index, tree.tree(), tree, placed);
        }
    }
}
