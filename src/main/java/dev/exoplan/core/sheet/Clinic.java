package dev.exoplan.core.sheet;

import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A clinic of a price sheet: what it discloses, its price range per method, and its fees; and, for
 * clinics whose tables are richer than one range, the variants of a method (doses, areas), first-visit
 * prices (shokai kakaku) and packages of sessions (kaisuuken, courses).
 *
 * @param prices      the price range of one session per method; for a method priced by variant, the
 *                    range its variants span ({@link Variant#span})
 * @param variants    per method priced by variant, its variants in the sheet's order
 * @param firstVisits per method priced by a range, the first-visit price the sheet gives
 * @param packages    the clinic's packages, in the sheet's order
 * @param cancellation the clinic's cancellation policy for its packages, when the sheet states one (a
 *                    package's own policy comes first)
 * @param closed      the weekdays the clinic is closed (none when the sheet does not say): a session
 *                    whose date falls on one moves to an open day ({@link dev.exoplan.core.schedule.Schedule})
 * @param financing   the credit plans the clinic offers, in the sheet's order (none when it states none)
 */
public record Clinic(
        String id,
        LocalizedText name,
        Disclosure disclosure,
        Map<String, Range<MonetaryAmount>> prices,
        List<Fee> fees,
        Map<String, List<Variant>> variants,
        Map<String, MonetaryAmount> firstVisits,
        List<CoursePackage> packages,
        Optional<CancellationPolicy> cancellation,
        Set<DayOfWeek> closed,
        List<Financing> financing) {

    public Clinic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(disclosure, "disclosure");
        prices = Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        fees = List.copyOf(fees);
        Map<String, List<Variant>> copied = new LinkedHashMap<>();
        variants.forEach((method, list) -> copied.put(method, List.copyOf(list)));
        variants = Collections.unmodifiableMap(copied);
        firstVisits = Collections.unmodifiableMap(new LinkedHashMap<>(firstVisits));
        packages = List.copyOf(packages);
        Objects.requireNonNull(cancellation, "cancellation");
        closed = closed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(closed));
        financing = List.copyOf(financing);
        if (closed.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("a clinic open on no day");
        }
        for (String method : variants.keySet()) {
            if (!prices.containsKey(method) || variants.get(method).isEmpty()) {
                throw new IllegalArgumentException("variants of " + method + " need a price range and one variant");
            }
        }
    }

    /** A clinic that states no cancellation policy. */
    public Clinic(String id, LocalizedText name, Disclosure disclosure, Map<String, Range<MonetaryAmount>> prices,
            List<Fee> fees, Map<String, List<Variant>> variants, Map<String, MonetaryAmount> firstVisits,
            List<CoursePackage> packages) {
        this(id, name, disclosure, prices, fees, variants, firstVisits, packages, Optional.empty(), Set.of());
    }

    /** A clinic that offers no credit plan. */
    public Clinic(String id, LocalizedText name, Disclosure disclosure, Map<String, Range<MonetaryAmount>> prices,
            List<Fee> fees, Map<String, List<Variant>> variants, Map<String, MonetaryAmount> firstVisits,
            List<CoursePackage> packages, Optional<CancellationPolicy> cancellation, Set<DayOfWeek> closed) {
        this(id, name, disclosure, prices, fees, variants, firstVisits, packages, cancellation, closed, List.of());
    }

    /** A clinic open every day. */
    public Clinic(String id, LocalizedText name, Disclosure disclosure, Map<String, Range<MonetaryAmount>> prices,
            List<Fee> fees, Map<String, List<Variant>> variants, Map<String, MonetaryAmount> firstVisits,
            List<CoursePackage> packages, Optional<CancellationPolicy> cancellation) {
        this(id, name, disclosure, prices, fees, variants, firstVisits, packages, cancellation, Set.of());
    }

    /** The cancellation policy that applies to {@code pack}: its own, else the clinic's, if stated. */
    public Optional<CancellationPolicy> cancellation(CoursePackage pack) {
        return pack.cancellation().or(() -> cancellation);
    }

    /** A clinic of a version 1 sheet without variants, first-visit prices or packages. */
    public Clinic(String id, LocalizedText name, Disclosure disclosure, Map<String, Range<MonetaryAmount>> prices,
            List<Fee> fees) {
        this(id, name, disclosure, prices, fees, Map.of(), Map.of(), List.of());
    }

    /** The credit plan {@code financingId}, if the clinic offers it. */
    public Optional<Financing> financing(String financingId) {
        return financing.stream().filter(f -> f.id().equals(financingId)).findFirst();
    }

    public Optional<Range<MonetaryAmount>> price(String methodId) {
        return Optional.ofNullable(prices.get(methodId));
    }

    public boolean prices(String methodId) {
        return prices.containsKey(methodId);
    }

    /** The variants of a method priced by variant; empty for a method priced by a range. */
    public List<Variant> variants(String methodId) {
        return variants.getOrDefault(methodId, List.of());
    }

    public Optional<Variant> variant(String methodId, String variantId) {
        return variants(methodId).stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /**
     * What a session of the method costs in the scenario of {@code bound}: the chosen variant's price,
     * or without a choice the variant {@link Variant#at} picks, or the range's value at the bound; with
     * the first-visit price and the packages that apply to it.
     *
     * @throws IllegalArgumentException for a method the clinic does not price, or a variant it lacks
     */
    public SessionPrice sessionPrice(String methodId, Optional<String> variantId, Bound bound) {
        Range<MonetaryAmount> range = price(methodId).orElseThrow(() -> new IllegalArgumentException(
                "clinic " + id + " does not price " + methodId));
        List<Variant> list = variants(methodId);
        if (list.isEmpty()) {
            if (variantId.isPresent()) {
                throw new IllegalArgumentException(methodId + " at " + id + " has no variants");
            }
            return new SessionPrice(Optional.empty(), range.at(bound), Optional.ofNullable(firstVisits.get(methodId)),
                    packages.stream().filter(p -> p.covers(methodId, Optional.empty())).toList());
        }
        Variant v = variantId.map(chosen -> variant(methodId, chosen).orElseThrow(() -> new IllegalArgumentException(
                methodId + " at " + id + " has no variant " + chosen))).orElseGet(() -> Variant.at(list, bound));
        return new SessionPrice(Optional.of(v), v.price(), v.firstVisit(),
                packages.stream().filter(p -> p.covers(methodId, Optional.of(v.id()))).toList());
    }
}
