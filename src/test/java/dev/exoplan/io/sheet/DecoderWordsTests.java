package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sheet decoder's findings come from the bundles word for word as they were written in Java:
 * English and Japanese, including what a value should be (once translated by search-and-replace).
 */
class DecoderWordsTests {

    /** "message — fix" in {@code language} of the one finding with {@code code} of a refused sheet. */
    private static String said(String json, String code, Language language) {
        List<Finding> found = PriceSheetsTests.refuse(json).findings().stream().map(SheetFinding::finding)
                .filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> found.toString());
        return found.get(0).message(language) + " — " + found.get(0).fix(language);
    }

    @Test
    void aListInPlaceOfTheSheet_isNamedAsBefore() {
        assertEquals("expected an object (a price sheet), found an array — write an object (a price sheet)",
                said("[]", "E-TYPE", Language.EN));
        assertEquals("オブジェクト（料金表）が必要ですが、配列です — オブジェクト（料金表）にしてください",
                said("[]", "E-TYPE", Language.JA));
    }

    @Test
    void aLowerCaseCurrency_isRefusedInBothLanguages() {
        String sheet = PriceSheetsTests.MINIMAL.replace("\"currency\": \"JPY\"", "\"currency\": \"jpy\"");
        assertEquals("'jpy' is not an ISO 4217 currency code — write three capital letters, such as \"JPY\" or "
                + "\"USD\"", said(sheet, "E-CURRENCY", Language.EN));
        assertEquals("'jpy' は ISO 4217 の通貨コードではありません — \"JPY\" や \"USD\" のように大文字3文字で書いて"
                + "ください", said(sheet, "E-CURRENCY", Language.JA));
    }

    @Test
    void aNullTax_isAMissingFieldThatSaysItIsNull() {
        String sheet = PriceSheetsTests.MINIMAL.replace("\"tax\": {\"rate\": 0.10, \"included\": true, "
                + "\"rounding\": \"floor\"}", "\"tax\": null");
        assertEquals("required field 'tax' is missing (it is null) — add \"tax\"",
                said(sheet, "E-REQUIRED", Language.EN));
        assertEquals("必須の項目 'tax' がありません（null です） — \"tax\" を追加してください",
                said(sheet, "E-REQUIRED", Language.JA));
    }

    @Test
    void aStringForAWholeNumber_namesTheStringAsBefore() {
        String sheet = PriceSheetsTests.MINIMAL.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"");
        assertEquals("expected a whole number, found the string \"1\" — write a whole number",
                said(sheet, "E-TYPE", Language.EN));
        assertEquals("整数が必要ですが、文字列 \"1\"です — 整数にしてください", said(sheet, "E-TYPE", Language.JA));
    }

    @Test
    void aLongValueInAMessage_isCutBeforeAnEmojiRatherThanThroughIt() {
        // 36 letters, then 🚀 (two chars, 36 and 37), then more: cut at 36 keeps the pair out whole.
        String value = "a".repeat(36) + "\uD83D\uDE80" + "b".repeat(10);
        assertEquals("a".repeat(36) + "...", dev.exoplan.core.check.SheetRules.abbreviate(value));
        // 37 letters then the emoji: the cut at 37 falls before it anyway.
        assertEquals("a".repeat(37) + "...", dev.exoplan.core.check.SheetRules.abbreviate("a".repeat(37) + "\uD83D\uDE80" + "b".repeat(10)));
        assertEquals("short", dev.exoplan.core.check.SheetRules.abbreviate("short"));
    }
}
