package dev.exoplan.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CheapPriceTests {

    @Test
    void theDocumentedThresholds_areTheOnesChecked_aboutTenThousandYenInEachCurrency() {
        assertEquals(11, CheapPrice.thresholds().size());
        assertEquals(new BigDecimal("10000"), CheapPrice.thresholds().get("JPY"));
        assertEquals(new BigDecimal("70"), CheapPrice.thresholds().get("USD"));
        CheapPrice.thresholds().forEach((code, threshold) ->
                assertEquals(Optional.of(threshold), CheapPrice.threshold(Monetary.getCurrency(code)), code));
    }

    @Test
    void aCurrencyWithoutAThreshold_isNotChecked() {
        assertTrue(CheapPrice.threshold(Monetary.getCurrency("CHF")).isEmpty());
    }
}
