package dev.exoplan.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of meaning on their own, without a file: each broken rule is one error at its pointer,
 * in exoplan's words; a kept rule is no finding. (Where they stand in a file: {@code SheetDecoderTests}.)
 */
class SheetRulesTests {

    private static String said(Optional<Finding> finding) {
        return finding.map(f -> f.code() + " " + f.pointer() + ": " + f.message() + " — " + f.fix()).orElse("kept");
    }

    @Nested
    class Ranges {

        private static final Supplier<String> AT = () -> "/clinics/0/prices/iv";

        @Test
        void minAboveMax_isEOrderAtMin() {
            assertEquals("E-ORDER /clinics/0/prices/iv/min: min 9 is more than max 3 — make min the lowest and "
                    + "max the highest value", said(SheetRules.ordered(AT, 9, 6, 3, false, String::valueOf)));
        }

        @Test
        void writtenTypicalOutsideMinToMax_isEOrderAtTypical() {
            assertEquals("E-ORDER /clinics/0/prices/iv/typical: typical 7 is outside min 1 to max 5 — set typical "
                    + "between min and max, or leave it out to use the midpoint",
                    said(SheetRules.ordered(AT, 1, 7, 5, true, String::valueOf)));
        }

        @Test
        void computedTypical_isNotChecked() {
            assertEquals("kept", said(SheetRules.ordered(AT, 1, 7, 5, false, String::valueOf)));
        }

        @Test
        void minEqualToMax_isKept() {
            assertEquals("kept", said(SheetRules.ordered(AT, 4, 4, 4, true, String::valueOf)));
        }
    }

    @Nested
    class Ids {

        @Test
        void aClinicIdSeenBefore_isEDuplicateId() {
            assertEquals("E-DUPLICATE-ID /clinics/1/id: clinic id 'sample-a' is used twice — give every clinic its "
                    + "own id", said(SheetRules.uniqueClinic(() -> "/clinics/1/id", "sample-a", Set.of("sample-a"))));
            assertEquals("kept", said(SheetRules.uniqueClinic(() -> "/clinics/1/id", "sample-b", Set.of("sample-a"))));
        }

        @Test
        void anUndefinedMethod_namesTheClosestAndTheDefinedOnes() {
            assertEquals("E-UNKNOWN-METHOD /goals/skin/methods/0: method 'ivv' is not defined in /methods — use "
                    + "'iv', or add \"ivv\" to /methods (defined: iv, injection)",
                    said(SheetRules.methodDefined(() -> "/goals/skin/methods/0", "ivv", new LinkedHashSet<>(List.of("iv", "injection")))));
        }
    }

    @Nested
    class Packages {

        @Test
        void noVariantForAMethodPricedByVariant_isEPackageVariantAtTheMissingField() {
            assertEquals("E-PACKAGE-VARIANT /clinics/0/packages/0/variant: method 'iv' is priced by variant, so a "
                    + "package of it must name its variant — add \"variant\": one of low, high",
                    said(SheetRules.packageVariant(() -> "/clinics/0/packages/0/variant", () -> "/clinics/0/packages/0", "iv",
                            Optional.empty(), Optional.of(List.of("low", "high")))));
        }

        @Test
        void anUnknownVariant_isEPackageVariantNamingTheClosestVariant() {
            assertEquals("E-PACKAGE-VARIANT /clinics/0/packages/0/variant: method 'iv' has no variant 'hihg' — did you "
                    + "mean 'high'? variants of iv: low, high",
                    said(SheetRules.packageVariant(() -> "/clinics/0/packages/0/variant", () -> "/clinics/0/packages/0",
                            "iv", Optional.of("hihg"), Optional.of(List.of("low", "high")))));
        }

        @Test
        void anUnknownVariantLikeNone_isEPackageVariantListingTheVariants() {
            assertEquals("E-PACKAGE-VARIANT /clinics/0/packages/0/variant: method 'iv' has no variant 'zzzzzzzz' — "
                    + "variants of iv: low, high",
                    said(SheetRules.packageVariant(() -> "/clinics/0/packages/0/variant", () -> "/clinics/0/packages/0",
                            "iv", Optional.of("zzzzzzzz"), Optional.of(List.of("low", "high")))));
        }

        @Test
        void aKnownVariant_isKept() {
            assertEquals("kept", said(SheetRules.packageVariant(() -> "/clinics/0/packages/0/variant",
                    () -> "/clinics/0/packages/0", "iv", Optional.of("high"), Optional.of(List.of("low", "high")))));
        }

        @Test
        void aMethodTheClinicDoesNotPrice_isEPackageMethodListingWhatItPrices() {
            assertEquals("E-PACKAGE-METHOD /clinics/0/packages/0/method: this clinic has no price for method 'hair', "
                    + "so a package of it cannot be planned — price hair in this clinic's prices (the price of a "
                    + "single session), or name a method it prices: iv, injection",
                    said(SheetRules.packageMethod(() -> "/clinics/0/packages/0/method", "hair",
                            new LinkedHashSet<>(List.of("iv", "injection")))));
        }

        @Test
        void aMethodOfAClinicWithoutPrices_isEPackageMethodWithoutAList() {
            assertEquals("E-PACKAGE-METHOD /clinics/0/packages/0/method: this clinic has no price for method 'hair', "
                    + "so a package of it cannot be planned — price hair in this clinic's prices (the price of a "
                    + "single session), or name a method it prices",
                    said(SheetRules.packageMethod(() -> "/clinics/0/packages/0/method", "hair", Set.of())));
        }

        @Test
        void noVariantForAMethodPricedByRange_isKept() {
            assertEquals("kept", said(SheetRules.packageVariant(() -> "/clinics/0/packages/0/variant",
                    () -> "/clinics/0/packages/0", "iv", Optional.empty(), Optional.empty())));
        }
    }

    /** A place that fails the test when asked for: a rule that holds makes no pointer text. */
    private static final Supplier<String> NEVER = () -> {
        throw new AssertionError("a rule that holds asked for its pointer");
    };

    @Test
    void aRuleThatHolds_neverAsksForItsPointer() {
        assertEquals("kept", said(SheetRules.ordered(NEVER, 1, 2, 3, true, String::valueOf)));
        assertEquals("kept", said(SheetRules.cancellationRate(NEVER, BigDecimal.ONE)));
        assertEquals("kept", said(SheetRules.uniqueClinic(NEVER, "sample-b", Set.of("sample-a"))));
        assertEquals("kept", said(SheetRules.uniqueVariant(NEVER, "iv", "high", List.of("low"))));
        assertEquals("kept", said(SheetRules.uniqueFee(NEVER, "cream", Set.of("consultation"))));
        assertEquals("kept", said(SheetRules.methodDefined(NEVER, "iv", Set.of("iv"))));
        assertEquals("kept", said(SheetRules.packageMethod(NEVER, "iv", Set.of("iv"))));
        assertEquals("kept", said(SheetRules.packageVariant(NEVER, NEVER, "iv", Optional.of("low"),
                Optional.of(List.of("low")))));
    }

    @Test
    void abbreviate_keepsFortyCharactersAndCutsALongerValueToThirtySevenAndDots() {
        assertEquals("a".repeat(40), SheetRules.abbreviate("a".repeat(40)));
        assertEquals("a".repeat(37) + "...", SheetRules.abbreviate("a".repeat(41)));
    }
}
