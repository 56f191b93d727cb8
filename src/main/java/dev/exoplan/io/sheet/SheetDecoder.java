package dev.exoplan.io.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import dev.exoplan.io.sheet.form.Form;
import dev.exoplan.io.sheet.form.HeaderForms;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a price sheet's JSON tree (format version 1) into a {@link PriceSheet}, reporting every
 * problem it meets rather than stopping at the first, each at its JSON pointer. A sheet with any
 * error yields no model. It decides structure (types, required and unknown fields, bounds: what the
 * JSON Schema says too); the rules of meaning are {@link SheetRules}, asked where the values stand.
 */
final class SheetDecoder extends ClinicDecoder {

    Tax tax;
    Optional<LocalizedText> notice = Optional.empty();
    Map<String, Method> methods = Map.of();
    Map<String, Goal> goals = Map.of();
    Set<String> defined = Set.of();
    boolean headerComplete;
    final Set<String> clinicIds = new HashSet<>();
    int clinicsDecoded;
    Set<String> goalKeys = Set.of();

    /**
     * Decodes everything but the clinics: currency, tax, notice, methods and goals. {@code root} is the
     * sheet's top-level object, with or without its clinics.
     *
     * @return false when the root is not an object at all
     */
    boolean header(JsonNode root) {
        findings.clear();
        errors = 0;
        clinicIds.clear();
        nulls.clear();
        clinicsDecoded = 0;
        Arrays.fill(amountValues, null); // the amounts of another currency
        Pointer at = Pointer.root();
        if (!isObject(root, at, what("priceSheet"))) {
            return false;
        }
        Form.Read fields = HeaderForms.SHEET.read(this, root, at);
        currency = fields.get(HeaderForms.CURRENCY);
        tax = fields.get(HeaderForms.TAX_FIELD);
        notice = Optional.ofNullable(fields.get(HeaderForms.NOTICE)).flatMap(n -> n);
        methods = HeaderForms.methods(this, root, at);
        // References are checked against every method the sheet defines, even one whose own entry has an
        // error, so that one bad label does not make every use of the method an error too.
        Set<String> keys = new LinkedHashSet<>();
        present(root, "methods").filter(JsonNode::isObject).ifPresent(n -> n.fieldNames().forEachRemaining(
                keys::add));
        defined = keys;
        goals = HeaderForms.goals(this, root, at);
        Set<String> goalNames = new LinkedHashSet<>();
        present(root, "goals").filter(JsonNode::isObject).ifPresent(n -> n.fieldNames().forEachRemaining(
                goalNames::add));
        goalKeys = goalNames;
        int goalCount = present(root, "goals").filter(JsonNode::isObject).map(JsonNode::size).orElse(0);
        if (errors == 0 && (methods.size() != defined.size() || goals.size() != goalCount)) {
            throw new IllegalStateException("a method or goal was dropped without a finding");
        }
        headerComplete = true;
        return true;
    }

    /**
     * Top-level fields that come after the clinics in a streamed sheet whose header was decoded
     * already: only the optional ones ({@code notice}, {@code $schema}) or unknown ones can be there.
     */
    void late(JsonNode fields) {
        Pointer at = Pointer.root();
        known(fields, at, HeaderForms.SHEET.names());
        optional(fields, at, "$schema").ifPresent(n -> string(n, at.property("$schema")));
        optional(fields, at, "notice").ifPresent(n -> notice = text(n, at.property("notice")));
    }

    /** The sheet's {@code clinics} value when it is not an array: a type error. */
    void clinicsNotAnArray(JsonNode value) {
        isArray(value, Pointer.root().property("clinics"), "clinics");
    }

    /** Decodes clinic number {@code index} (from 0); needs {@link #header} first. */
    Optional<Clinic> clinic(int index, JsonNode node) {
        if (!headerComplete) {
            throw new IllegalStateException("the header is decoded before the clinics");
        }
        Pointer cp = Pointer.root().property("clinics").index(index);
        parts = Parts.NONE;
        if (!isObject(node, cp, what("clinic"))) {
            return Optional.empty();
        }
        Optional<Clinic> clinic = clinic(node, cp);
        parts.id().ifPresent(id -> {
            rule(SheetRules.uniqueClinic(cp.property("id"), id, clinicIds));
            clinicIds.add(id);
        });
        if (clinic.isEmpty() && errors == 0) {
            throw new IllegalStateException("clinic " + index + " was dropped without a finding");
        }
        if (clinic.isPresent()) {
            clinicsDecoded++;
        }
        return clinic;
    }

    /**
     * Decodes clinic {@code index} again, from a tree that decoded without an error before (a clinic a
     * chain's sheet keeps in compact form, {@link StoredClinics}): the same clinic, with none of the
     * bookkeeping of a first reading (whose findings were reported then).
     */
    Clinic again(int index, JsonNode node) {
        Pointer cp = Pointer.root().property("clinics").index(index);
        int before = errors;
        Optional<Clinic> clinic = clinic(node, cp);
        findings.clear();
        if (clinic.isEmpty() || errors != before) {
            throw new IllegalStateException("clinic " + index + " decoded once without an error, then with one");
        }
        return clinic.get();
    }

    /** Forgets what only a first reading needs (every clinic id seen), once the sheet has been read. */
    void forgetIds() {
        clinicIds.clear();
        nulls.clear();
    }

    /** After the last clinic: whether the sheet had a {@code clinics} field, and how many it listed. */
    void finish(boolean clinicsPresent, int count) {
        Pointer p = Pointer.root().property("clinics");
        if (!clinicsPresent) {
            error("E-REQUIRED", p, Message.of("decode.noClinics"), Message.of("decode.noClinics.fix"));
        } else if (count == 0) {
            error("E-REQUIRED", p, Message.of("decode.emptyClinics"), Message.of("decode.emptyClinics.fix"));
        }
    }

    /** The sheet with these clinics, or empty when any error was found. */
    Optional<PriceSheet> sheet(List<Clinic> clinics) {
        if (errors > 0) {
            return Optional.empty();
        }
        return Optional.of(new PriceSheet(SCHEMA_VERSION, currency, tax, notice, methods, goals, clinics));
    }

    /** The goals of the decoded header, for checks that need them while clinics stream past. */
    Map<String, Goal> goals() {
        return goals;
    }

    /** The parts of the clinic last decoded that had no error, whether or not the whole clinic did. */
    Parts parts() {
        return parts;
    }

    /** Every key of the sheet's goals, also of goals with errors (which {@link #goals} leaves out). */
    Set<String> goalKeys() {
        return goalKeys;
    }

    @Override
    public Set<String> methodIds() {
        return defined;
    }
}
