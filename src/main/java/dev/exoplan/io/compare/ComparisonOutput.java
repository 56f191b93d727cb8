package dev.exoplan.io.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.cost.Quote;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Bound;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.json.TerminalEscapes;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.quote.QuoteTable;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * A comparison for people (an aligned table or Markdown, with the article's warning that the
 * cheapest is not automatically the best) or for programs (JSON, CSV with plain amounts).
 */
public final class ComparisonOutput {

    /** The CSV columns, stable. */
    public static final List<String> CSV_COLUMNS = List.of("rank", "clinic", "clinic_name", "method", "currency",
            "sessions_low", "sessions_typical", "sessions_high", "total_low", "total_typical", "total_high",
            "monthly_typical", "source", "dose_stated", "manufacturer_stated", "quality_control_stated");

    /** JSON as every exoplan JSON output is written ({@link TerminalEscapes}). */
    private static final JsonFactory JSON = TerminalEscapes.on(new JsonFactoryBuilder());

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;

    public ComparisonOutput(Language language) {
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
    }

    public String text(Comparison comparison, boolean markdown) {
        return text(comparison, OptionalLong.empty(), markdown);
    }

    /**
     * @param budget what the patient can spend, in minor units of the sheet's currency: adds a column
     *               saying which scenarios of each option fit
     */
    public String text(Comparison comparison, OptionalLong budget, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String title = texts.get("compare.title", SafeText.forPeople(comparison.goal().label().in(language)),
                comparison.goal().id(), comparison.months(), format.date(comparison.start()));
        if (markdown) {
            out.append("**").append(title).append("**\n\n");
        } else {
            Layout.wrap("", title, out);
        }
        if (comparison.options().isEmpty()) {
            Layout.wrap("", texts.get("compare.none"), out);
            return out.toString();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", texts.get("compare.clinic"), texts.get("compare.method"),
            texts.get("compare.sessions"), texts.get("compare.typical"), texts.get("compare.range"),
            texts.get("compare.monthly"), texts.get("disclosure.field.source"), texts.get("compare.dose"),
            texts.get("compare.qc"), texts.get("compare.budget")});
        int rank = 0;
        for (Comparison.Option option : comparison.options()) {
            Quote q = option.quote();
            Disclosure d = option.clinic().disclosure();
            UnaryOperator<String> cell = markdown ? SafeText::markdownCell : SafeText::forPeople;
            rows.add(new String[] {String.valueOf(++rank), cell.apply(option.clinic().name().in(language)),
                cell.apply(option.method().label().in(language) + variants(option)),
                q.low().sessions() + "–" + q.typical().sessions() + "–" + q.high().sessions(),
                format.money(q.money(q.typical().total())),
                format.money(q.money(q.low().total())) + "–" + format.money(q.money(q.high().total())),
                format.money(q.money(q.monthlyTypical())),
                d.source().map(s -> texts.source(s, cell)).orElse(texts.get("compare.notStated")),
                stated(d.dose().isPresent()), stated(d.qualityControl().isPresent()),
                budget.isPresent() ? fits(q, budget.getAsLong()) : ""});
        }
        if (budget.isEmpty()) {
            rows.replaceAll(row -> Arrays.copyOf(row, row.length - 1));
        }
        boolean[] right = Arrays.copyOf(new boolean[] {true, false, false, false, true, true, true, false,
            false, false, false}, rows.get(0).length);
        if (markdown) {
            Layout.markdown(rows, right, out);
            out.append('\n');
        } else {
            Layout.table(rows, right, "  ", out);
        }
        out.append('\n');
        budget.ifPresent(b -> {
            long fitting = comparison.options().stream().filter(o -> o.quote().typical().total() <= b).count();
            Layout.wrap("", texts.get("compare.budgetSummary", (int) fitting, comparison.options().size()), out);
        });
        Layout.wrap("", texts.get("compare.warning"), out);
        return out.toString();
    }

    /** Which scenarios fit: since low ≤ typical ≤ high, the fitting ones are always the cheaper ones. */
    private String fits(Quote q, long budget) {
        if (q.high().total() <= budget) {
            return texts.get("compare.fits.all");
        }
        if (q.typical().total() <= budget) {
            return texts.get("compare.fits.typical");
        }
        if (q.low().total() <= budget) {
            return texts.get("compare.fits.low");
        }
        return texts.get("compare.fits.none");
    }

    public String json(Comparison comparison) {
        return json(comparison, OptionalLong.empty());
    }

    /** As JSON; with a budget (minor units), each option says which scenarios fit it. */
    public String json(Comparison comparison, OptionalLong budget) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(JsonOutput.PRETTY);
            g.writeStartObject();
            g.writeNumberField("formatVersion", PlanJson.FORMAT_VERSION);
            g.writeStringField("lang", language.code());
            g.writeStringField("goal", comparison.goal().id());
            g.writeStringField("goalLabel", comparison.goal().label().in(language));
            g.writeStringField("start", comparison.start().toString());
            g.writeNumberField("months", comparison.months());
            g.writeArrayFieldStart("options");
            int rank = 0;
            for (Comparison.Option option : comparison.options()) {
                Quote q = option.quote();
                int digits = Amounts.minorDigits(q.currency());
                Disclosure d = option.clinic().disclosure();
                g.writeStartObject();
                g.writeNumberField("rank", ++rank);
                g.writeStringField("clinic", option.clinic().id());
                g.writeStringField("clinicName", option.clinic().name().in(language));
                g.writeStringField("method", option.method().id());
                g.writeStringField("methodLabel", option.method().label().in(language));
                if (q.variant().isPresent()) {
                    g.writeStringField("variant", q.variant().get());
                }
                g.writeStringField("currency", q.currency().getCurrencyCode());
                g.writeObjectFieldStart("sessions");
                g.writeNumberField("low", q.low().sessions());
                g.writeNumberField("typical", q.typical().sessions());
                g.writeNumberField("high", q.high().sessions());
                g.writeEndObject();
                g.writeObjectFieldStart("total");
                amount(g, "low", q.low().total(), digits);
                amount(g, "typical", q.typical().total(), digits);
                amount(g, "high", q.high().total(), digits);
                g.writeEndObject();
                amount(g, "monthlyTypical", q.monthlyTypical(), digits);
                g.writeObjectFieldStart("disclosure");
                if (d.source().isPresent()) {
                    g.writeStringField("source", d.source().get());
                }
                g.writeBooleanField("dose", d.dose().isPresent());
                g.writeBooleanField("manufacturer", d.manufacturer().isPresent());
                g.writeBooleanField("qualityControl", d.qualityControl().isPresent());
                g.writeEndObject();
                if (budget.isPresent()) {
                    g.writeObjectFieldStart("budgetFits");
                    g.writeBooleanField("low", q.low().total() <= budget.getAsLong());
                    g.writeBooleanField("typical", q.typical().total() <= budget.getAsLong());
                    g.writeBooleanField("high", q.high().total() <= budget.getAsLong());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (budget.isPresent() && !comparison.options().isEmpty()) {
                amount(g, "budget", budget.getAsLong(),
                        Amounts.minorDigits(comparison.options().get(0).quote().currency()));
            }
            g.writeStringField("warning", texts.get("compare.warning"));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    public String csv(Comparison comparison) {
        return csv(comparison, false);
    }

    /** As CSV; for a terminal, its text cells also neutralised ({@link SafeText#csvCell}). */
    public String csv(Comparison comparison, boolean terminal) {
        StringWriter out = new StringWriter();
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        try (CsvGenerator g = QuoteTable.CSV.createGenerator(out)) {
            g.setSchema(schema.build().withHeader());
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
                g.writeEndArray();
            }
            if (comparison.options().isEmpty()) {
                g.writeRaw(String.join(",", CSV_COLUMNS) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void amount(JsonGenerator g, String name, long minor, int digits) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(QuoteTable.plain(minor, digits));
    }

    /**
     * For a method the clinic prices by variant: the chosen variant, " (2 cc)", or without a choice the
     * cheapest and dearest that the low and high totals take, " (1 cc–3 cc)"; otherwise nothing.
     */
    private String variants(Comparison.Option option) {
        List<Variant> list = option.clinic().variants(option.method().id());
        if (list.isEmpty()) {
            return "";
        }
        Optional<String> chosen = option.quote().variant();
        if (chosen.isPresent()) {
            return list.stream().filter(v -> v.id().equals(chosen.get())).findFirst()
                    .map(v -> " (" + v.label().in(language) + ")").orElse("");
        }
        return " (" + Variant.at(list, Bound.MIN).label().in(language) + "–"
                + Variant.at(list, Bound.MAX).label().in(language) + ")";
    }

    private String stated(boolean stated) {
        return texts.get(stated ? "compare.stated" : "compare.notStated");
    }
}
