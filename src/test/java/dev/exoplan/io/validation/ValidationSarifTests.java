package dev.exoplan.io.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.check.Codes;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.LineNumber;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@code validate --format sarif} that are a recipe or a catalogue rather than a run: the
 * partial fingerprint, and the words and documentation of every code that its rules carry.
 */
class ValidationSarifTests {

    /**
     * The documented recipe, by hand: SHA-256 of "a.json␀E-DUPLICATE-KEY␀/tax/rounding␀" and the message's
     * key and argument, "syntax.duplicateKey␟rounding␀"; the line of the first key (4) is a place, left out
     * (hash by {@code printf 'a.json\0E-DUPLICATE-KEY\0/tax/rounding\0syntax.duplicateKey\x1frounding\0' | sha256sum}).
     */
    @Test
    void fingerprint_isSha256OfFileCodePointerAndTheMessagesValuesWithoutPlaces() {
        Finding duplicate = Finding.error("E-DUPLICATE-KEY", "/tax/rounding",
                Message.of("syntax.duplicateKey", "rounding", new LineNumber(4)),
                Message.of("syntax.duplicateKey.fix", "rounding"));

        assertEquals("6c6a2fe86db2009ddf7741027f1574177b6a7032e15be97cc20ca5b9dc423a4b",
                ValidationSarif.fingerprint("a.json", duplicate));
        assertEquals(ValidationSarif.fingerprint("a.json", duplicate), ValidationSarif.fingerprint("a.json",
                Finding.error("E-DUPLICATE-KEY", "/tax/rounding", Message.of("syntax.duplicateKey", "rounding",
                        new LineNumber(40)), Message.of("syntax.duplicateKey.fix", "rounding"))));
    }

    /** A message in English only (a parser's) is its own value: sha256 of "pricing.json␀W-LABEL␀/methods/iv/label/en␀no English text␀". */
    @Test
    void fingerprint_ofWordsThatAreNoKey_hashesTheirText() {
        Finding plain = Finding.error("W-LABEL", "/methods/iv/label/en", "no English text", "add it");

        assertEquals("f3db06a9c72dc8083e08f5949b192518e1061a637ad5fe3a31e0bf8b8e37e883",
                ValidationSarif.fingerprint("pricing.json", plain));
    }

    @Test
    void fingerprint_changesWithTheFileTheCodeThePointerAndEveryValue() {
        Finding finding = Finding.error("E-RANGE", "/clinics/0/prices/iv/min", Message.of("decode.negative", "-5000"),
                Message.of("decode.negative.fix"));
        String hash = ValidationSarif.fingerprint("a.json", finding);

        assertFalse(hash.equals(ValidationSarif.fingerprint("b.json", finding)));
        assertFalse(hash.equals(ValidationSarif.fingerprint("a.json", Finding.error("E-TYPE", finding.pointer(),
                finding.text(), finding.remedy()))));
        assertFalse(hash.equals(ValidationSarif.fingerprint("a.json", Finding.error("E-RANGE",
                "/clinics/0/prices/iv/max", finding.text(), finding.remedy()))));
        assertFalse(hash.equals(ValidationSarif.fingerprint("a.json", Finding.error("E-RANGE", finding.pointer(),
                Message.of("decode.negative", "-500"), finding.remedy()))));
        // the fix is advice, not the finding
        assertEquals(hash, ValidationSarif.fingerprint("a.json", Finding.error("E-RANGE", finding.pointer(),
                finding.text(), Message.of("decode.taxRate.fix"))));
    }

    @Test
    void everyCode_hasItsOneLineMeaningAndFixInEveryBundle_theEnglishLineBeingTheRegistrys() {
        for (String code : Codes.all().keySet()) {
            String key = "code." + code.toLowerCase(Locale.ROOT);
            for (Language language : java.util.List.of(Language.EN, Language.JA)) {
                for (String part : new String[] {key, key + ".meaning", key + ".fix"}) {
                    assertTrue(Catalogue.of(language).has(part), () -> language + " lacks " + part);
                }
            }
            assertEquals(Codes.all().get(code), new Texts(Language.EN).get(key), code);
        }
    }

    /**
     * A rule's helpUri is docs/clinics.md and the code's anchor, which GitHub makes of a heading
     * {@code ### E-READ} as {@code #e-read}; under it, the code's severity, meaning and fix in the words
     * of the English bundle.
     */
    @Test
    void everyCode_isDocumentedInDocsClinicsUnderAHeadingOfItsOwn() throws IOException {
        String docs = Files.readString(Path.of("docs/clinics.md"));
        assertTrue(ValidationSarif.CODES_DOCUMENTED.endsWith("/docs/clinics.md"), ValidationSarif.CODES_DOCUMENTED);
        Texts en = new Texts(Language.EN);
        for (String code : Codes.all().keySet()) {
            String key = "code." + code.toLowerCase(Locale.ROOT);
            String entry = "\n### " + code + "\n\n" + (Codes.isError(code) ? "Error" : "Warning") + ": "
                    + en.get(key + ".meaning") + "\n\nFix: " + en.get(key + ".fix") + "\n";
            assertTrue(docs.contains(entry), () -> "docs/clinics.md lacks\n" + entry);
        }
    }
}
