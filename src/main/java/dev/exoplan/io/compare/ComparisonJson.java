package dev.exoplan.io.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.quote.QuoteTable;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A comparison for programs, as JSON; with a budget, each option says which scenarios fit it. */
public final class ComparisonJson implements Renderer.Streaming<ComparisonReport> {

    private final Language language;
    private final Texts texts;

    public ComparisonJson(Language language) {
        this.language = language;
        this.texts = new Texts(language);
    }

    /** Written an option at a time: a chain's sheet gives a hundred thousand. */
    @Override
    public void render(ComparisonReport report, Writer out) throws IOException {
        json(report.comparison(), report.budget(), report.payIn(), out);
    }

    /** As JSON; with a budget (minor units), each option says which scenarios fit it. */
    private void json(Comparison comparison, OptionalLong budget, Optional<PayIn> payIn, Writer out)
            throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out, JsonOutput.Shape.INDENTED)) {
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
                if (option.prepayment().isPresent()) {
                    prepaid(g, option.prepayment().get(), digits);
                }
                if (payIn.isPresent()) {
                    OptionalLong financed = payIn.get().typicalTotal(option);
                    if (financed.isPresent()) {
                        amount(g, "totalWithFinancingTypical", financed.getAsLong(), digits);
                    } else {
                        g.writeNullField("totalWithFinancingTypical");
                    }
                }
                if (budget.isPresent()) {
                    g.writeObjectFieldStart("budgetFits");
                    g.writeBooleanField("low", q.low().total() <= budget.getAsLong());
                    g.writeBooleanField("typical", q.typical().total() <= budget.getAsLong());
                    g.writeBooleanField("high", q.high().total() <= budget.getAsLong());
                    g.writeEndObject();
                }
                // CSV's prepaid: "prepaid" here is the object above, present only where packages are bought
                amount(g, "prepaidTotal", q.typical().prepaid(), digits);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (budget.isPresent() && !comparison.options().isEmpty()) {
                amount(g, "budget", budget.getAsLong(),
                        Amounts.minorDigits(comparison.options().get(0).quote().currency()));
            }
            g.writeStringField("warning", texts.get("compare.warning"));
            g.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * {@code "prepaid": {"packages": [{"paid", "contractDate", "coolingOffUntil", "breakEven":
     * {"ifRefunded", "ifNoRefund"}}], "atRisk": {"amount", "date"}}}: what the typical plan prepays,
     * as {@code plan}'s JSON gives it per purchase (break-even null where the course never pays off).
     */
    private static void prepaid(JsonGenerator g, Prepayment pre, int digits) throws IOException {
        g.writeObjectFieldStart("prepaid");
        g.writeArrayFieldStart("packages");
        for (PackageRisk risk : pre.packages()) {
            g.writeStartObject();
            amount(g, "paid", risk.paid(), digits);
            g.writeStringField("contractDate", risk.contractDate().toString());
            g.writeStringField("coolingOffUntil", risk.coolingOffUntil().toString());
            g.writeObjectFieldStart("breakEven");
            count(g, "ifRefunded", risk.breakEven().ifRefunded());
            count(g, "ifNoRefund", risk.breakEven().ifNoRefund());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("atRisk");
        amount(g, "amount", pre.atRisk().amount(), digits);
        g.writeStringField("date", pre.atRisk().date().toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void count(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        } else {
            g.writeNullField(name);
        }
    }

    private static void amount(JsonGenerator g, String name, long minor, int digits) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(QuoteTable.plain(minor, digits));
    }
}
