package dev.exoplan.core.sheet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/** A clinic of a price sheet: what it discloses, its price range per method, and its fees. */
public record Clinic(
        String id,
        LocalizedText name,
        Disclosure disclosure,
        Map<String, Range<MonetaryAmount>> prices,
        List<Fee> fees) {

    public Clinic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(disclosure, "disclosure");
        prices = Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        fees = List.copyOf(fees);
    }

    public Optional<Range<MonetaryAmount>> price(String methodId) {
        return Optional.ofNullable(prices.get(methodId));
    }

    public boolean prices(String methodId) {
        return prices.containsKey(methodId);
    }
}
