package dev.exoplan.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** What continuing costs: a session every so many months, as a yearly figure. */
class YearlyTests {

    @Test
    void yearly_everyThreeMonths_isFourSessions() {
        // 12 / 3 = 4 sessions; 4 × ¥88,000 = ¥352,000
        assertEquals("352000", plain(PlanText.yearly(yen(88_000), 3)));
    }

    @Test
    void yearly_aRhythmThatDoesNotDivideTwelve_isExact() {
        // 12 / 5 × ¥88,000 = 1,056,000 / 5 = ¥211,200
        assertEquals("211200", plain(PlanText.yearly(yen(88_000), 5)));
    }

    @Test
    void yearly_aFraction_isRoundedHalfUpToTheYen() {
        // 12 / 7 × ¥100 = 171.43 → ¥171; 12 / 8 × ¥1 = 1.5 → ¥2; 12 / 7 × ¥65 = 111.43 → ¥111
        assertEquals("171", plain(PlanText.yearly(yen(100), 7)));
        assertEquals("2", plain(PlanText.yearly(yen(1), 8)));
        assertEquals("111", plain(PlanText.yearly(yen(65), 7)));
    }

    @Test
    void yearly_monthly_isTwelveSessions() {
        // 12 / 1 × ¥55,000 = ¥660,000
        assertEquals("660000", plain(PlanText.yearly(yen(55_000), 1)));
    }

    private static MonetaryAmount yen(long amount) {
        return Money.of(amount, "JPY");
    }

    private static String plain(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString();
    }
}
