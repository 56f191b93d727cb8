package dev.exoplan.core.sheet;

import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.text.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClinicTests {

    private static final CoursePackage TWO_CC_FIVE = new CoursePackage(Optional.empty(), "iv", Optional.of("2cc"), 5,
            yen(300_000), OptionalInt.of(6));

    /** IV priced by dose (1 cc 44,000 yen, 2 cc 77,000 yen), with a five-session package of 2 cc only. */
    private static Clinic dose() {
        List<Variant> doses = List.of(new Variant("1cc", LocalizedText.plain("1 cc"), yen(44_000), Optional.empty()),
                new Variant("2cc", LocalizedText.plain("2 cc"), yen(77_000), Optional.empty()));
        return new Clinic("dose", LocalizedText.plain("Dose"), Disclosure.NONE, Map.of("iv", Variant.span(doses)),
                List.of(), Map.of("iv", doses), Map.of(), List.of(TWO_CC_FIVE));
    }

    @Test
    void aPackageOfOneVariant_isOfferedWithThatVariantOnly() {
        assertEquals(List.of(TWO_CC_FIVE), dose().sessionPrice("iv", Optional.of("2cc"), Bound.TYPICAL).packages());
        assertEquals(List.of(), dose().sessionPrice("iv", Optional.of("1cc"), Bound.TYPICAL).packages());
    }

    @Test
    void aMethodTheClinicDoesNotPrice_orAVariantItLacks_isRefusedSayingWhich() {
        assertEquals("clinic dose does not price injection", assertThrows(IllegalArgumentException.class,
                () -> dose().sessionPrice("injection", Optional.empty(), Bound.TYPICAL)).getMessage());
        assertEquals("iv at dose has no variant 3cc", assertThrows(IllegalArgumentException.class,
                () -> dose().sessionPrice("iv", Optional.of("3cc"), Bound.TYPICAL)).getMessage());
    }
}
