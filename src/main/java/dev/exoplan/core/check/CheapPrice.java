package dev.exoplan.core.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The session price below which a sheet gets a {@code W-CHEAP} warning: the article warns that an
 * extremely cheap treatment may skimp on quality, concentration or safety. The thresholds are about
 * 10,000 yen a session in each currency (the article's IV prices start at "tens of thousands of
 * yen"); a currency not listed here is not checked.
 */
public final class CheapPrice {

    private static final Map<String, BigDecimal> THRESHOLDS = Map.ofEntries(
            Map.entry("JPY", new BigDecimal("10000")),
            Map.entry("USD", new BigDecimal("70")),
            Map.entry("EUR", new BigDecimal("65")),
            Map.entry("GBP", new BigDecimal("55")),
            Map.entry("AUD", new BigDecimal("105")),
            Map.entry("CNY", new BigDecimal("500")),
            Map.entry("HKD", new BigDecimal("550")),
            Map.entry("KRW", new BigDecimal("90000")),
            Map.entry("SGD", new BigDecimal("95")),
            Map.entry("THB", new BigDecimal("2500")),
            Map.entry("TWD", new BigDecimal("2200")));

    private CheapPrice() {
    }

    /** The threshold in the currency's major unit, where one is set. */
    public static Optional<BigDecimal> threshold(CurrencyUnit currency) {
        return Optional.ofNullable(THRESHOLDS.get(currency.getCurrencyCode()));
    }

    /** Every currency with a threshold, for documentation. */
    public static Map<String, BigDecimal> thresholds() {
        return THRESHOLDS;
    }
}
