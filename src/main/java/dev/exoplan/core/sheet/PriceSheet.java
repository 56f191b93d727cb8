package dev.exoplan.core.sheet;

import dev.exoplan.core.money.Tax;
import dev.exoplan.core.text.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A price sheet ({@code pricing.json}): the currency and tax all its prices are in, the methods and
 * goals it knows, and its clinics. Maps keep the sheet's order.
 *
 * @param notice a note shown with every plan, such as "these prices are illustrative"
 */
public record PriceSheet(
        int schemaVersion,
        CurrencyUnit currency,
        Tax tax,
        Optional<LocalizedText> notice,
        Map<String, Method> methods,
        Map<String, Goal> goals,
        List<Clinic> clinics) {

    public PriceSheet {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(notice, "notice");
        methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
        goals = Collections.unmodifiableMap(new LinkedHashMap<>(goals));
        // A list that builds its clinics when asked is immutable already; copying it would build them all.
        clinics = clinics instanceof ClinicList ? clinics : List.copyOf(clinics);
    }

    public Optional<Method> method(String id) {
        return Optional.ofNullable(methods.get(id));
    }

    public Optional<Goal> goal(String id) {
        return Optional.ofNullable(goals.get(id));
    }

    public Optional<Clinic> clinic(String id) {
        if (clinics instanceof ClinicList list) {
            int at = list.indexOf(id);
            return at < 0 ? Optional.empty() : Optional.of(list.get(at));
        }
        return clinics.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The clinics' ids in the sheet's order, without building a clinic a sheet does not hold ({@link ClinicList}). */
    public List<String> clinicIds() {
        return clinics instanceof ClinicList list ? list.ids() : clinics.stream().map(Clinic::id).toList();
    }
}
