package dev.exoplan.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import org.junit.jupiter.api.Test;

/** A quote row's totals: nothing in them is ever negative, and zero is a real answer (a free course). */
class QuoteTests {

    @Test
    void totals_ofZero_areAllowed() {
        Quote.Totals free = new Quote.Totals(0, 0, 0);
        assertEquals(0, free.sessions());
        assertEquals(0, free.total());
        assertEquals(0, free.tax());
        assertEquals(0, free.prepaid());
        assertEquals(0, new Quote.Totals(1, 5, 0, 0).prepaid());
    }

    @Test
    void totals_belowZero_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Quote.Totals(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quote.Totals(0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quote.Totals(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Quote.Totals(0, 0, 0, -1));
    }

    @Test
    void scenario_picksItsTotals() {
        Quote quote = Quoter.fromPlan(Planner.plan(dev.exoplan.core.Fixtures.workedExample(), new PlanRequest("skin",
                "iv", java.util.Optional.empty(), java.time.LocalDate.of(2027, 1, 4), 12)));
        // The worked example: totals 170,500 / 621,500 / 1,655,500.
        assertEquals(170500, quote.scenario(Scenario.LOW).total());
        assertEquals(621500, quote.scenario(Scenario.TYPICAL).total());
        assertEquals(1655500, quote.scenario(Scenario.HIGH).total());
    }

    @Test
    void withFinancing_setsOnlyTheFinancedTotal_andAPlainRowHasNone() {
        Quote quote = Quoter.fromPlan(Planner.plan(dev.exoplan.core.Fixtures.workedExample(), new PlanRequest("skin",
                "iv", java.util.Optional.empty(), java.time.LocalDate.of(2027, 1, 4), 12)));
        assertEquals(java.util.OptionalLong.empty(), quote.typicalWithFinancing());
        Quote financed = quote.withFinancing(java.util.OptionalLong.of(621_500));
        assertEquals(java.util.OptionalLong.of(621_500), financed.typicalWithFinancing());
        assertEquals(quote, financed.withFinancing(java.util.OptionalLong.empty()));
        assertThrows(NullPointerException.class, () -> quote.withFinancing(null));
    }
}
