package dev.exoplan.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings, their codes and the warning checks that produce them. */
class FindingTests {

    private static final Finding WARNING = Finding.warning("W-LABEL", "/methods/iv/label",
            LocalizedText.of("ラベルに en がありません", "label has no en"), LocalizedText.of("en を追加", "add en"));

    @Test
    void aFinding_speaksBothLanguagesAndEnglishByDefault() {
        assertEquals("label has no en", WARNING.message());
        assertEquals("add en", WARNING.fix());
        assertEquals("ラベルに en がありません", WARNING.message(Language.JA));
        assertEquals("en を追加", WARNING.fix(Language.JA));
    }

    @Test
    void anEnglishOnlyError_saysTheSameInJapanese() {
        Finding error = Finding.error("E-SYNTAX", "", "unexpected end", "close the object");
        assertTrue(error.isError());
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("unexpected end", error.message(Language.JA));
        assertEquals("close the object", error.fix(Language.JA));
    }

    @Test
    void withSeverity_makesAWarningAnErrorAndKeepsTheRest() {
        assertFalse(WARNING.isError());
        Finding strict = WARNING.withSeverity(Severity.ERROR);
        assertTrue(strict.isError());
        assertEquals(new Finding(Severity.ERROR, "W-LABEL", "/methods/iv/label", WARNING.text(), WARNING.remedy()),
                strict);
    }

    @Test
    void codes_areErrorsByTheirPrefix() {
        assertTrue(Codes.isError("E-RANGE"));
        assertFalse(Codes.isError("W-RANGE"));
        assertTrue(Codes.all().containsKey("E-READ"));
        assertTrue(Codes.all().containsKey("W-CHEAP"));
    }

    @Test
    void checks_areFoundByTheirIdAndByTheCodesTheyProduce() {
        assertEquals(Optional.of(Check.valueOf("DISCLOSURE")), Check.byId("disclosure"));
        assertEquals(Optional.empty(), Check.byId("Disclosure"));
        assertEquals("disclosure", Check.byId("disclosure").orElseThrow().id());
        assertEquals(List.of("W-DISCLOSE-SOURCE", "W-DISCLOSE-DOSE", "W-DISCLOSE-MANUFACTURER", "W-DISCLOSE-QC"),
                Check.byId("disclosure").orElseThrow().codes());
        assertEquals(Check.byId("fees"), Check.producing("W-FEE-CREAM"));
        assertEquals(Optional.empty(), Check.producing("E-RANGE"));
    }

    @Test
    void everyWarningCode_isProducedByACheckAndNoErrorCodeIs() {
        for (String code : Codes.all().keySet()) {
            assertEquals(!Codes.isError(code), Check.producing(code).isPresent(), code);
        }
    }
}
