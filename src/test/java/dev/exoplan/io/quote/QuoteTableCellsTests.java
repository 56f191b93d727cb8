package dev.exoplan.io.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * A CSV table makes each sheet text a cell once, but forgets them once it keeps {@link QuoteTable#CELLS};
 * and it looks a currency's minor digits up once, but never writes an amount with another's.
 */
class QuoteTableCellsTests {

    private static Quote row(String clinic, String name, String currency) {
        Quote.Totals t = new Quote.Totals(1, 55799, 5072, 50007);
        return new Quote(clinic, LocalizedText.plain(name), "skin", "iv", LocalDate.of(2027, 1, 4), 12,
                Monetary.getCurrency(currency), t, t, t, 4650);
    }

    private static Quote row(String clinic, String name) {
        Quote.Totals t = new Quote.Totals(1, 1000, 90);
        return new Quote(clinic, LocalizedText.plain(name), "skin", "iv", LocalDate.of(2027, 1, 4), 12,
                Monetary.getCurrency("JPY"), t, t, t, 83);
    }

    /**
     * 3,000 clinics with a name each: 2 cells per row besides the shared goal, method and currency
     * (3 more), so 6,003 cells in all, past 4,096. The rows are what they would be without the limit:
     * each names its own clinic.
     */
    @Test
    void aChainsManyNames_areForgottenPastTheLimit_andEveryRowStillNamesItsClinic() throws Exception {
        StringWriter out = new StringWriter();
        QuoteTable table = QuoteTable.create(QuoteTable.Format.CSV, out, Language.EN, false, false);
        int most = 0;
        for (int i = 0; i < 3000; i++) {
            table.write(row("c" + i, "Clinic " + i));
            most = Math.max(most, table.cellsKept());
        }
        table.finish();
        // forgotten before a row once there are CELLS: at most the cells of one row (5) past it
        assertTrue(most <= QuoteTable.CELLS + 5, "kept " + most);
        assertTrue(most > QuoteTable.CELLS - 10, "kept " + most + ": the cells are kept up to the limit");
        List<String> lines = out.toString().lines().toList();
        assertEquals(3001, lines.size());
        for (int i : new int[] {0, 2047, 2048, 2999}) {
            assertTrue(lines.get(i + 1).startsWith("c" + i + ",Clinic " + i + ",skin,iv,"), lines.get(i + 1));
        }
    }

    /**
     * The minor digits are looked up once while the currency stays: rows that change currency each
     * time still write each amount in its own: 55799 yen, but 557.99 dollars (cents), tax 5072 / 50.72,
     * monthly 4650 / 46.50, prepaid 50007 / 500.07.
     */
    @Test
    void rowsThatChangeCurrency_writeEachAmountWithItsOwnDigits() throws Exception {
        StringWriter out = new StringWriter();
        QuoteTable table = QuoteTable.create(QuoteTable.Format.CSV, out, Language.EN, false, false);
        table.write(row("a", "A", "JPY"));
        table.write(row("b", "B", "USD"));
        table.write(row("c", "C", "JPY"));
        table.write(row("d", "D", "USD"));
        table.finish();
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of(
                "a,A,skin,iv,2027-01-04,12,JPY,1,1,1,55799,55799,55799,5072,5072,5072,4650,50007",
                "b,B,skin,iv,2027-01-04,12,USD,1,1,1,557.99,557.99,557.99,50.72,50.72,50.72,46.50,500.07",
                "c,C,skin,iv,2027-01-04,12,JPY,1,1,1,55799,55799,55799,5072,5072,5072,4650,50007",
                "d,D,skin,iv,2027-01-04,12,USD,1,1,1,557.99,557.99,557.99,50.72,50.72,50.72,46.50,500.07"),
                lines.subList(1, lines.size()));
    }
}
