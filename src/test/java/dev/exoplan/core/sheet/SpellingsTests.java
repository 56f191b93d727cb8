package dev.exoplan.core.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spellings a price sheet and the command line use, and the values they stand for. */
class SpellingsTests {

    @Test
    void taxRoundings_areSpelledAsInTheSheet() {
        assertEquals(Optional.of(TaxRounding.HALF_UP), TaxRounding.byId("half-up"));
        assertEquals(Optional.of(TaxRounding.FLOOR), TaxRounding.byId("floor"));
        assertEquals(Optional.empty(), TaxRounding.byId("HALF_UP"));
        assertEquals("ceiling", TaxRounding.CEILING.id());
        assertEquals(RoundingMode.CEILING, TaxRounding.CEILING.mode());
    }

    @Test
    void charges_areOnceOrVisit() {
        assertEquals(Optional.of(Charge.PER_VISIT), Charge.byId("visit"));
        assertEquals(Optional.of(Charge.ONCE), Charge.byId("once"));
        assertEquals(Optional.empty(), Charge.byId("per-visit"));
        assertEquals("visit", Charge.PER_VISIT.id());
    }

    @Test
    void languages_comeFromTheLocalesLanguage() {
        assertEquals(Language.JA, Language.of(Locale.JAPAN));
        assertEquals(Language.JA, Language.of(Locale.forLanguageTag("ja")));
        assertEquals(Language.EN, Language.of(Locale.GERMANY));
        assertEquals("ja", Language.JA.code());
        assertEquals(Locale.US, Language.EN.locale());
    }

    @Test
    void aLocalizedText_fallsBackToTheOtherLanguage() {
        LocalizedText englishOnly = LocalizedText.of(null, "IV drip");
        LocalizedText japaneseOnly = LocalizedText.of("点滴", null);
        assertEquals("IV drip", englishOnly.in(Language.JA));
        assertEquals("点滴", japaneseOnly.in(Language.EN));
        assertEquals("点滴", LocalizedText.of("点滴", "IV drip").in(Language.JA));
        assertEquals("IV drip", LocalizedText.of("点滴", "IV drip").in(Language.EN));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(null, null));
    }

    @Test
    void exactly_isOneValueAtEveryBound() {
        Range<Integer> four = Range.exactly(4);
        assertEquals(new Range<>(4, 4, 4), four);
        assertEquals(4, four.at(Bound.TYPICAL));
    }
}
