package dev.exoplan.core;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Sheets and requests drawn from a seeded generator, for the property tests: one seed is one case,
 * so a failure that names its seed can be replayed.
 */
public final class Generators {

    private Generators() {
    }

    /** One generated case: a sheet with one clinic and one goal, and a request against them. */
    public record Case(long seed, PriceSheet sheet, PlanRequest request) {
    }

    /**
     * @param articleLike schedules of the article's kind (sessions weeks apart, then months apart);
     *                    otherwise any schedule a sheet may hold (up to 26 weeks, 24 months)
     */
    public static Case generate(long seed, boolean articleLike) {
        Random r = new Random(seed);
        CurrencyUnit currency = r.nextBoolean() ? Fixtures.JPY : Fixtures.USD;
        Range<Integer> count = range(r, 1, 50);
        // Within the article's kind of schedule (sessions weeks apart, then months apart): the order of the
        // scenarios below needs initial intervals shorter than maintenance ones; a sheet with 26-week initial
        // intervals and monthly maintenance can make "low" date more sessions than "typical", which validate
        // flags (W-INTERVAL-INITIAL, W-INTERVAL-MAINTENANCE).
        Range<Integer> weeks = articleLike ? range(r, 1, 4) : range(r, 1, 26);
        Range<Integer> months = articleLike ? range(r, 2, 24) : range(r, 1, 24);
        Goal goal = new Goal("g", LocalizedText.plain("g"), List.of("iv"), count, weeks, months, Optional.empty());
        long a = r.nextInt(300_000);
        long b = a + r.nextInt(300_000);
        long c = b + r.nextInt(300_000);
        Range<MonetaryAmount> price = new Range<>(money(a, currency, r), money(b, currency, r), money(c, currency, r));
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            fees.add(new Fee("f" + i, LocalizedText.plain("f" + i), money(r.nextInt(20_000), currency, r),
                    r.nextBoolean() ? Charge.ONCE : Charge.PER_VISIT, r.nextBoolean(), Set.of()));
        }
        Clinic clinic = new Clinic("c", LocalizedText.plain("c"), Disclosure.NONE, Map.of("iv", price), fees);
        Tax tax = new Tax(new BigDecimal(r.nextInt(25)).movePointLeft(2 + r.nextInt(2)), r.nextBoolean(),
                TaxRounding.values()[r.nextInt(3)]);
        PriceSheet sheet = Fixtures.sheet(currency, tax, List.of(goal), clinic);
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(40_000));
        return new Case(seed, sheet, new PlanRequest("g", "iv", Optional.empty(), start, 1 + r.nextInt(120)));
    }

    private static Range<Integer> range(Random r, int low, int high) {
        int a = low + r.nextInt(high - low + 1);
        int b = low + r.nextInt(high - low + 1);
        int min = Math.min(a, b);
        int max = Math.max(a, b);
        return new Range<>(min, min + r.nextInt(max - min + 1), max);
    }

    /** An amount with the currency's decimals: whole yen, or dollars and random cents. */
    private static MonetaryAmount money(long whole, CurrencyUnit currency, Random r) {
        BigDecimal value = Amounts.minorDigits(currency) == 0 ? BigDecimal.valueOf(whole)
                : BigDecimal.valueOf(whole / 100).add(BigDecimal.valueOf(r.nextInt(100), 2));
        return Amounts.of(value, currency);
    }
}
