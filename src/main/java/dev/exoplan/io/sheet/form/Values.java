package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a form asks of the decoder ({@code io.sheet.SheetValues}): one JSON value read as a typed value,
 * or the finding that says why not, at its pointer, in the words every message of the sheet has had.
 * Each read reports its own finding; an empty result means it was reported.
 */
public interface Values {

    /** A field that must be there and not null (E-REQUIRED otherwise). */
    Optional<JsonNode> required(JsonNode object, Pointer at, String field);

    /** A field that may be left out; null is reported (E-TYPE, once per place). */
    Optional<JsonNode> optional(JsonNode object, Pointer at, String field);

    /** Warns (W-UNKNOWN-FIELD) about every field of {@code object} not among {@code fields}. */
    void known(JsonNode object, Pointer at, String... fields);

    boolean isObject(JsonNode node, Pointer at, Object what);

    boolean isArray(JsonNode node, Pointer at, Object what);

    /** An object with at least one field; {@code field} names it in the message and its fix. */
    boolean isNonEmptyObject(JsonNode node, Pointer at, String field);

    /** What a value should be, {@code decode.what.<key>}. */
    Message what(String key);

    Optional<String> string(JsonNode node, Pointer at);

    Optional<Integer> integer(JsonNode node, Pointer at);

    /** A whole number from {@code low} to {@code high}; {@code unit} names them in the message. */
    Optional<Integer> count(JsonNode node, Pointer at, int low, int high, String unit);

    Optional<BigDecimal> decimal(JsonNode node, Pointer at);

    /** An amount in the sheet's currency. */
    Optional<MonetaryAmount> money(JsonNode node, Pointer at);

    Optional<Boolean> bool(JsonNode node, Pointer at);

    /** A string for every language, or {@code {"ja", "en"}}. */
    Optional<LocalizedText> text(JsonNode node, Pointer at);

    /** A range of whole numbers, {@code {"min", "typical"?, "max"}}, each {@code low} to {@code high}. */
    Optional<Range<Integer>> countRange(JsonNode range, Pointer at, int low, int high, String unit);

    /** A price range, {@code {"min", "typical"?, "max", "firstVisit"?}} (the caller reads firstVisit). */
    Optional<Range<MonetaryAmount>> moneyRange(JsonNode node, Pointer at);

    /** A list of method ids, each defined in the sheet; {@code field} names the list. */
    Optional<List<String>> methodList(JsonNode list, Pointer at, String field);

    /** Whether {@code methodId} is a method the sheet defines (E-UNKNOWN-METHOD otherwise). */
    boolean reference(String methodId, Pointer at);

    <T> Optional<T> oneOf(String value, Pointer at, Function<String, Optional<T>> byId, List<String> allowed);

    /** Whether {@code id} is an id (E-ID otherwise); {@code what} names what it is the id of. */
    boolean id(String id, Pointer at, String what);

    /** A rule of {@code core.check.SheetRules}: its error, if any, is recorded; true when the rule holds. */
    boolean rule(Optional<Finding> broken);

    /** How many errors have been found so far. */
    int errorCount();

    void error(String code, Pointer at, Message message, Message fix);

    void warning(String code, Pointer at, Message message, Message fix);

    /** A number for a message: plain when short, scientific when plain would be huge. */
    String shown(BigDecimal value);

    /** A value from the sheet quoted in a message, abbreviated. */
    String quote(String text);

    /** The sheet's currency, null until the header has one. */
    CurrencyUnit currency();

    /** Every method key the sheet defines (also of methods whose own entry has an error). */
    Set<String> methodIds();
}
