package dev.exoplan.core.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.RateType;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * One exchange rate that the user gives ({@code --rate}), served through Moneta's conversion API
 * ({@code javax.money.convert}): one pair of currencies, one factor, nothing looked up. It is used
 * directly, never registered with {@code MonetaryConversions}, and moneta-core has no provider that
 * could reach the network. Converted amounts are {@code amount × factor}, rounded once to the target
 * currency's minor unit with {@link Amounts#CONVERSION}.
 */
public final class FixedRateProvider implements ExchangeRateProvider {

    /** The provider's name in Moneta's contexts. */
    public static final String NAME = "exoplan-user-rate";

    private static final ProviderContext PROVIDER = ProviderContext.of(NAME, RateType.OTHER);
    private static final ConversionContext CONVERSION = ConversionContext.of(NAME, RateType.OTHER);

    private final Rate rate;

    /**
     * @param base   the currency converted from (the price sheet's)
     * @param term   the currency converted into
     * @param factor how much of {@code term} one unit of {@code base} is worth; positive
     */
    public FixedRateProvider(CurrencyUnit base, CurrencyUnit term, BigDecimal factor) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive, got " + factor.toPlainString());
        }
        if (base.equals(term)) {
            throw new IllegalArgumentException("a rate converts between two currencies, got " + base + " twice");
        }
        this.rate = new Rate(base, term, factor);
    }

    public CurrencyUnit base() {
        return rate.base();
    }

    public CurrencyUnit term() {
        return rate.term();
    }

    public BigDecimal factor() {
        return rate.factor();
    }

    /** {@code amount} (in the base currency) in the term currency. */
    public MonetaryAmount convert(MonetaryAmount amount) {
        return amount.with(conversion());
    }

    /** The conversion into the term currency. */
    public CurrencyConversion conversion() {
        return new Conversion();
    }

    @Override
    public ProviderContext getContext() {
        return PROVIDER;
    }

    @Override
    public boolean isAvailable(ConversionQuery query) {
        return rate.base().equals(query.getBaseCurrency()) && rate.term().equals(query.getCurrency());
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
        if (!isAvailable(query)) {
            throw new CurrencyConversionException(query.getBaseCurrency(), query.getCurrency(), CONVERSION,
                    "only " + rate.base() + " to " + rate.term() + " is known");
        }
        return rate;
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
        if (!rate.term().equals(query.getCurrency())) {
            throw new CurrencyConversionException(query.getBaseCurrency(), query.getCurrency(), CONVERSION,
                    "only " + rate.base() + " to " + rate.term() + " is known");
        }
        return new Conversion();
    }

    /** The user's rate as Moneta's API describes one: direct (not derived), of the type "other". */
    private record Rate(CurrencyUnit base, CurrencyUnit term, BigDecimal factor) implements ExchangeRate {

        @Override
        public ConversionContext getContext() {
            return CONVERSION;
        }

        @Override
        public CurrencyUnit getBaseCurrency() {
            return base;
        }

        @Override
        public CurrencyUnit getCurrency() {
            return term;
        }

        @Override
        public NumberValue getFactor() {
            return DefaultNumberValue.of(factor);
        }

        @Override
        public List<ExchangeRate> getExchangeRateChain() {
            return List.of(this);
        }
    }

    /** Base-currency amounts into the term currency; anything else is refused, never guessed. */
    private final class Conversion implements CurrencyConversion {

        @Override
        public ConversionContext getContext() {
            return CONVERSION;
        }

        @Override
        public ExchangeRate getExchangeRate(MonetaryAmount amount) {
            if (!rate.base().equals(amount.getCurrency())) {
                throw new CurrencyConversionException(amount.getCurrency(), rate.term(), CONVERSION,
                        "only " + rate.base() + " to " + rate.term() + " is known");
            }
            return rate;
        }

        @Override
        public ExchangeRateProvider getExchangeRateProvider() {
            return FixedRateProvider.this;
        }

        @Override
        public CurrencyUnit getCurrency() {
            return rate.term();
        }

        @Override
        public MonetaryAmount apply(MonetaryAmount amount) {
            ExchangeRate used = getExchangeRate(amount);
            return Amounts.converted(amount, used.getFactor().numberValue(BigDecimal.class), used.getCurrency());
        }
    }
}
