package dev.exoplan.io.compare;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.quote.QuoteTable;
import dev.exoplan.io.text.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalLong;

/** A comparison for spreadsheets, as CSV with plain amounts; a budget changes nothing in it. */
public final class ComparisonCsv implements Renderer.Streaming<ComparisonReport> {

    /**
     * The CSV columns, stable: a column is only ever added after the last ({@code goal}, {@code start},
     * {@code months} and {@code prepaid} came after {@code quality_control_stated}).
     */
    public static final List<String> CSV_COLUMNS = List.of("rank", "clinic", "clinic_name", "method", "currency",
            "sessions_low", "sessions_typical", "sessions_high", "total_low", "total_typical", "total_high",
            "monthly_typical", "source", "dose_stated", "manufacturer_stated", "quality_control_stated", "goal",
            "start", "months", QuoteTable.PREPAID);

    /** With {@code --pay-in}, one more column, last: the typical total with the credit fees (blank where none). */
    public static final String PAY_IN_COLUMN = "total_with_financing_typical";

    private final Language language;
    private final boolean terminal;

    /** @param terminal standard output is a terminal: text cells are also neutralised for it */
    public ComparisonCsv(Language language, boolean terminal) {
        this.language = language;
        this.terminal = terminal;
    }

    /**
     * As CSV, an option at a time (a chain's sheet gives a hundred thousand); for a terminal, its text
     * cells also neutralised ({@link SafeText#csvCell}).
     */
    @Override
    public void render(ComparisonReport report, Writer out) throws IOException {
        Comparison comparison = report.comparison();
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        report.payIn().ifPresent(p -> schema.addColumn(PAY_IN_COLUMN));
        try (CsvGenerator g = QuoteTable.CSV.createGenerator(out)) {
            g.setSchema(schema.build().withHeader());
            // the same in every row: the comparison's goal and period
            String goal = SafeText.csvCell(comparison.goal().id(), terminal);
            String start = comparison.start().toString();
            int rank = 0;
            for (Comparison.Option option : comparison.options()) {
                Quote q = option.quote();
                int digits = Amounts.minorDigits(q.currency());
                Disclosure d = option.clinic().disclosure();
                g.writeStartArray();
                g.writeNumber(++rank);
                g.writeRawValue(SafeText.csvCell(option.clinic().id(), terminal));
                g.writeRawValue(SafeText.csvCell(option.clinic().name().in(language), terminal));
                g.writeRawValue(SafeText.csvCell(option.method().id(), terminal));
                g.writeRawValue(SafeText.csvCell(q.currency().getCurrencyCode(), terminal));
                g.writeNumber(q.low().sessions());
                g.writeNumber(q.typical().sessions());
                g.writeNumber(q.high().sessions());
                g.writeNumber(QuoteTable.plain(q.low().total(), digits));
                g.writeNumber(QuoteTable.plain(q.typical().total(), digits));
                g.writeNumber(QuoteTable.plain(q.high().total(), digits));
                g.writeNumber(QuoteTable.plain(q.monthlyTypical(), digits));
                g.writeRawValue(SafeText.csvCell(d.source().orElse(""), terminal));
                g.writeBoolean(d.dose().isPresent());
                g.writeBoolean(d.manufacturer().isPresent());
                g.writeBoolean(d.qualityControl().isPresent());
                g.writeRawValue(goal);
                g.writeRawValue(start);
                g.writeNumber(comparison.months());
                g.writeNumber(QuoteTable.plain(q.typical().prepaid(), digits));
                if (report.payIn().isPresent()) {
                    OptionalLong financed = report.payIn().get().typicalTotal(option);
                    if (financed.isPresent()) {
                        g.writeNumber(QuoteTable.plain(financed.getAsLong(), digits));
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
            }
            if (comparison.options().isEmpty()) {
                g.writeRaw(String.join(",", CSV_COLUMNS) + (report.payIn().isPresent() ? "," + PAY_IN_COLUMN : "")
                        + "\n");
            }
        }
    }
}
