package dev.exoplan.core.sheet;

import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.text.LocalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One named price of a method, such as a dose (1 cc, 2 cc) or an area (face, back): clinics that
 * price a method this way publish one fixed price per variant rather than a range.
 *
 * @param firstVisit the first-visit price (shokai kakaku): what the first session costs instead of {@code price} when it is bought
 *                   on its own (a package bought at the first visit replaces it)
 */
public record Variant(String id, LocalizedText label, MonetaryAmount price, Optional<MonetaryAmount> firstVisit) {

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(firstVisit, "firstVisit");
        if (price.isNegative() || firstVisit.map(MonetaryAmount::isNegative).orElse(false)) {
            throw new IllegalArgumentException("variant " + id + " has a negative price");
        }
    }

    /**
     * The variant a scenario takes when none is chosen: the cheapest for {@link Bound#MIN}, the dearest
     * for {@link Bound#MAX}, and for {@link Bound#TYPICAL} the lower median by price (the middle one of
     * three, the cheaper of two). Equal prices keep the sheet's order.
     */
    public static Variant at(List<Variant> variants, Bound bound) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no variants");
        }
        List<Variant> byPrice = variants.stream().sorted(BY_PRICE).toList();
        return switch (bound) {
            case MIN -> byPrice.get(0);
            case TYPICAL -> byPrice.get((byPrice.size() - 1) / 2);
            case MAX -> byPrice.get(byPrice.size() - 1);
        };
    }

    /** The price range the variants span: what {@code list} shows and what the low / high scenarios take. */
    public static Range<MonetaryAmount> span(List<Variant> variants) {
        return new Range<>(at(variants, Bound.MIN).price(), at(variants, Bound.TYPICAL).price(),
                at(variants, Bound.MAX).price());
    }

    private static final Comparator<Variant> BY_PRICE = (a, b) -> a.price().compareTo(b.price());
}
