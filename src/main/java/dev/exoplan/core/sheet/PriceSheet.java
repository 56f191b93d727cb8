package dev.exoplan.core.sheet;

import dev.exoplan.core.money.Tax;
import dev.exoplan.core.text.LocalizedText;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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

    /**
     * The clinics of a sheet that are not all held as objects: a comparison site's sheet lists a hundred
     * thousand, far more than fit a small heap as {@link Clinic} records. Such a list keeps each clinic in a
     * compact form and builds the record each time {@link #get} asks for it, so a caller that walks the
     * list holds one clinic at a time; the ids stay at hand for lookups that must not build every clinic.
     * Immutable, like the lists a {@link PriceSheet} holds otherwise.
     */
    public abstract static class ClinicList extends AbstractList<Clinic> implements RandomAccess {

        /** The id of clinic {@code index}, without building the clinic. */
        public abstract String id(int index);

        /** The position of the clinic with this id, or −1 when the sheet has none. */
        public abstract int indexOf(String id);

        /** The ids, in the sheet's order, as a list that builds no clinic. */
        public final List<String> ids() {
            return new AbstractList<>() {
                @Override
                public String get(int index) {
                    return id(index);
                }

                @Override
                public int size() {
                    return ClinicList.this.size();
                }
            };
        }
    }
}
