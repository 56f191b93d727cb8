package dev.exoplan.core.sheet;

import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A clinic's credit plan: what it offers, and the terms of each number of instalments. */
class FinancingTests {

    private static final LocalizedText LABEL = LocalizedText.plain("Loan");

    static Financing plan(List<Integer> instalments, Map<Integer, BigDecimal> table, Optional<BigDecimal> apr) {
        return new Financing("loan", LABEL, Optional.empty(), instalments, table, apr, Optional.empty(),
                Financing.Finances.PACKAGES, 2, 10, Remainder.LAST);
    }

    @Test
    void aTableRow_isTheTermsAsPublished_withNoRate() {
        Financing f = plan(List.of(10, 12), Map.of(10, new BigDecimal("7.00"), 12, new BigDecimal("8.40")),
                Optional.of(new BigDecimal("15")));
        // the table is charged even where the rate gives 8.31 (validate warns)
        assertEquals(new CreditTerms(12, new BigDecimal("8.40"), Optional.empty(), 2, 10, Remainder.LAST), f.terms(12));
    }

    @Test
    void aNumberWithoutARow_isDerivedFromTheRate() {
        Financing f = plan(List.of(10, 24), Map.of(10, new BigDecimal("7.00")), Optional.of(new BigDecimal("15")));
        assertEquals(new CreditTerms(24, new BigDecimal("16.37"), Optional.of(new BigDecimal("15")), 2, 10,
                Remainder.LAST), f.terms(24));
    }

    @Test
    void aNumberNotOffered_hasNoTerms() {
        Financing f = plan(List.of(10), Map.of(), Optional.of(new BigDecimal("15")));
        assertTrue(f.offers(10));
        assertFalse(f.offers(12));
        assertThrows(IllegalArgumentException.class, () -> f.terms(12));
    }

    @Test
    void aPlanWithoutInstalmentsOrPrice_orATableWithoutARow_isRefused() {
        Map<Integer, BigDecimal> ten = Map.of(10, BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> plan(List.of(), ten, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> plan(List.of(10), Map.of(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> plan(List.of(10, 12), ten, Optional.empty()));
        assertEquals(List.of(10), plan(List.of(10), ten, Optional.empty()).instalments());
    }

    @Test
    void finances_areSpelledAsTheSheetSpellsThem() {
        assertEquals("packages", Financing.Finances.PACKAGES.id());
        assertEquals("visits", Financing.Finances.VISITS.id());
    }

    @Test
    void aClinic_findsItsPlanById() {
        Financing f = plan(List.of(10), Map.of(), Optional.of(BigDecimal.TEN));
        Clinic clinic = new Clinic("c", LABEL, Disclosure.NONE, Map.of("iv", prices(yen(1), yen(2), yen(3))),
                List.of(), Map.of(), Map.of(), List.of(), Optional.empty(), java.util.Set.of(), List.of(f));
        assertEquals(Optional.of(f), clinic.financing("loan"));
        assertEquals(Optional.empty(), clinic.financing("card"));
        assertEquals(List.of(), new Clinic("c", LABEL, Disclosure.NONE, Map.of("iv", prices(yen(1), yen(2), yen(3))),
                List.of(), Map.of(), Map.of(), List.of(), Optional.empty(), java.util.Set.of()).financing());
    }
}
