package dev.exoplan.core;

import dev.exoplan.core.money.Tax;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Price sheets built in code for core tests, starting from the worked example. */
public final class Fixtures {

    public static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private Fixtures() {
    }

    public static MonetaryAmount yen(long amount) {
        return Money.of(BigDecimal.valueOf(amount), JPY);
    }

    public static MonetaryAmount usd(String amount) {
        return Money.of(new BigDecimal(amount), USD);
    }

    public static Range<Integer> range(int min, int typical, int max) {
        return new Range<>(min, typical, max);
    }

    public static Range<MonetaryAmount> prices(MonetaryAmount min, MonetaryAmount typical, MonetaryAmount max) {
        return new Range<>(min, typical, max);
    }

    public static Tax tax(String rate, boolean included, TaxRounding rounding) {
        return new Tax(new BigDecimal(rate), included, rounding);
    }

    /** The goal of the worked example: 3/4/5 sessions every 2/3/4 weeks, maintenance every 2/3/4 months. */
    public static Goal skin() {
        return goal("skin", range(3, 4, 5), range(2, 3, 4), range(2, 3, 4), "iv", "injection");
    }

    public static Goal goal(String id, Range<Integer> sessions, Range<Integer> weeks, Range<Integer> months,
            String... methods) {
        return new Goal(id, LocalizedText.of(id + "-ja", id + "-en"), List.of(methods), sessions, weeks, months,
                Optional.empty());
    }

    public static Fee fee(String id, MonetaryAmount amount, Charge per, boolean optional, String... methods) {
        return new Fee(id, LocalizedText.of(id + "-ja", id + "-en"), amount, per, optional, Set.of(methods));
    }

    public static Clinic clinic(String id, Map<String, Range<MonetaryAmount>> prices, Fee... fees) {
        return new Clinic(id, LocalizedText.plain("Clinic " + id), Disclosure.NONE, prices, List.of(fees));
    }

    public static PriceSheet sheet(CurrencyUnit currency, Tax tax, List<Goal> goals, Clinic... clinics) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (String m : List.of("iv", "injection", "combined")) {
            methods.put(m, new Method(m, LocalizedText.of(m + "-ja", m + "-en")));
        }
        Map<String, Goal> byId = new LinkedHashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        return new PriceSheet(1, currency, tax, Optional.empty(), methods, byId, List.of(clinics));
    }

    /**
     * The worked example: JPY, tax 10 % excluded, floor; iv 30000/80000/150000; consultation
     * 5000 once; anaesthetic cream 3000 per visit, optional, injection only.
     */
    public static PriceSheet workedExample() {
        return sheet(JPY, tax("0.10", false, TaxRounding.FLOOR), List.of(skin()),
                clinic("sample", Map.of(
                                "iv", prices(yen(30000), yen(80000), yen(150000)),
                                "injection", prices(yen(50000), yen(100000), yen(200000))),
                        fee("consultation", yen(5000), Charge.ONCE, false),
                        fee("anaesthetic-cream", yen(3000), Charge.PER_VISIT, true, "injection")));
    }
}
