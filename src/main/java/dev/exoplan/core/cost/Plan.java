package dev.exoplan.core.cost;

import dev.exoplan.core.money.Tax;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A treatment course planned three ways (low, typical, high) for one goal, method and clinic.
 *
 * @param optionalFees the clinic's optional fees for this method: left out of low and typical,
 *                     included in high
 * @param notice       the sheet's notice, such as "these prices are illustrative"
 * @param variant      the variant the request chose, for a method priced by variant
 */
public record Plan(
        Goal goal,
        Method method,
        Clinic clinic,
        CurrencyUnit currency,
        Tax tax,
        Horizon horizon,
        Map<Scenario, ScenarioPlan> scenarios,
        List<Fee> optionalFees,
        List<Caveat> caveats,
        Optional<LocalizedText> notice,
        Optional<Variant> variant) {

    public Plan {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(horizon, "horizon");
        if (!scenarios.keySet().containsAll(List.of(Scenario.values()))) {
            throw new IllegalArgumentException("a plan has every scenario");
        }
        scenarios = Collections.unmodifiableMap(new EnumMap<>(scenarios));
        optionalFees = List.copyOf(optionalFees);
        caveats = List.copyOf(caveats);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(variant, "variant");
    }

    /** True when some scenario buys a package or uses a first-visit price (its text shows the purchases). */
    public boolean hasPurchases() {
        return scenarios.values().stream().anyMatch(s -> s.solution().isPresent());
    }

    /** True when some scenario buys a package (its text shows what stopping it returns). */
    public boolean buysPackages() {
        return scenarios.values().stream().anyMatch(s -> s.prepayment().isPresent());
    }

    public ScenarioPlan scenario(Scenario scenario) {
        return scenarios.get(scenario);
    }
}
