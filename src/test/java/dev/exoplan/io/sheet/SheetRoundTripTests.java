package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.Generators;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * A sheet written back by Jackson, in the documented format, reads to an equal model: over the seeded
 * generated sheets of the property tests, and the built-in sheet. A failure names its seed.
 */
class SheetRoundTripTests {

    private static final long SEED = 20261125L;
    private static final int CASES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generatedSheets_readBackEqual() throws SheetException {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            PriceSheet sheet = Generators.generate(seed, seed % 2 == 0).sheet();
            assertEquals(sheet, roundTrip(sheet), "seed " + seed);
        }
    }

    @Test
    void theBuiltInSheet_readsBackEqual() throws SheetException {
        PriceSheet sheet = PriceSheets.embedded().sheet();
        assertEquals(sheet, roundTrip(sheet));
    }

    private static PriceSheet roundTrip(PriceSheet sheet) throws SheetException {
        LoadedSheet loaded = PriceSheets.parse(write(sheet).toString().getBytes(StandardCharsets.UTF_8), "written.json");
        return loaded.sheet();
    }

    /** The sheet as a price-sheet JSON document (README, "The price sheet"). */
    static ObjectNode write(PriceSheet sheet) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", sheet.schemaVersion());
        root.put("currency", sheet.currency().getCurrencyCode());
        root.putObject("tax").put("rate", sheet.tax().rate()).put("included", sheet.tax().included())
                .put("rounding", sheet.tax().rounding().id());
        sheet.notice().ifPresent(notice -> root.set("notice", text(notice)));
        ObjectNode methods = root.putObject("methods");
        for (Method method : sheet.methods().values()) {
            methods.putObject(method.id()).set("label", text(method.label()));
        }
        ObjectNode goals = root.putObject("goals");
        for (Goal goal : sheet.goals().values()) {
            ObjectNode g = goals.putObject(goal.id());
            g.set("label", text(goal.label()));
            ArrayNode listed = g.putArray("methods");
            goal.methods().forEach(listed::add);
            g.set("initialSessions", counts(goal.initialSessions()));
            g.set("initialIntervalWeeks", counts(goal.initialIntervalWeeks()));
            g.set("maintenanceIntervalMonths", counts(goal.maintenanceIntervalMonths()));
            goal.onsetWeeks().ifPresent(onset -> g.putObject("onsetWeeks").put("min", onset.min()).put("max", onset.max()));
            goal.covered().ifPresent(covered -> g.put("covered", covered));
        }
        ArrayNode clinics = root.putArray("clinics");
        for (Clinic clinic : sheet.clinics()) {
            ObjectNode c = clinics.addObject();
            c.put("id", clinic.id());
            c.set("name", text(clinic.name()));
            ObjectNode disclosure = JSON.createObjectNode();
            clinic.disclosure().source().ifPresent(source -> disclosure.put("source", source));
            clinic.disclosure().dose().ifPresent(dose -> disclosure.set("dose", text(dose)));
            clinic.disclosure().manufacturer().ifPresent(m -> disclosure.set("manufacturer", text(m)));
            clinic.disclosure().qualityControl().ifPresent(q -> disclosure.set("qualityControl", text(q)));
            if (!disclosure.isEmpty()) {
                c.set("disclosure", disclosure);
            }
            ObjectNode prices = c.putObject("prices");
            for (Map.Entry<String, Range<MonetaryAmount>> price : clinic.prices().entrySet()) {
                prices.putObject(price.getKey()).put("min", Amounts.plain(price.getValue().min()))
                        .put("typical", Amounts.plain(price.getValue().typical()))
                        .put("max", Amounts.plain(price.getValue().max()));
            }
            ArrayNode fees = c.putArray("fees");
            for (Fee fee : clinic.fees()) {
                ObjectNode f = fees.addObject().put("id", fee.id());
                f.set("label", text(fee.label()));
                f.put("amount", Amounts.plain(fee.amount())).put("per", fee.per().id()).put("optional", fee.optional());
                if (!fee.methods().isEmpty()) {
                    ArrayNode only = f.putArray("methods");
                    new TreeSet<>(fee.methods()).forEach(only::add);
                }
            }
            clinic.cancellation().ifPresent(policy -> c.set("cancellation", cancellation(policy)));
            if (!clinic.packages().isEmpty()) {
                ArrayNode packages = c.putArray("packages");
                for (CoursePackage pack : clinic.packages()) {
                    ObjectNode p = packages.addObject();
                    pack.label().ifPresent(label -> p.set("label", text(label)));
                    p.put("method", pack.method());
                    pack.variant().ifPresent(variant -> p.put("variant", variant));
                    p.put("sessions", pack.sessions()).put("price", Amounts.plain(pack.price()));
                    pack.validMonths().ifPresent(months -> p.put("validMonths", months));
                    pack.covered().ifPresent(covered -> p.put("covered", covered));
                    pack.cancellation().ifPresent(policy -> p.set("cancellation", cancellation(policy)));
                }
            }
            if (!clinic.financing().isEmpty()) {
                ArrayNode plans = c.putArray("financing");
                for (Financing plan : clinic.financing()) {
                    ObjectNode f = plans.addObject().put("id", plan.id());
                    f.set("label", text(plan.label()));
                    plan.provider().ifPresent(provider -> f.set("provider", text(provider)));
                    plan.instalments().forEach(f.putArray("instalments")::add);
                    if (!plan.feePer100().isEmpty()) {
                        ObjectNode table = f.putObject("feePer100");
                        plan.feePer100().forEach((n, fee) -> table.put(String.valueOf(n), fee));
                    }
                    plan.apr().ifPresent(apr -> f.put("apr", apr));
                    plan.minimum().ifPresent(minimum -> f.put("minimum", Amounts.plain(minimum)));
                    f.put("finances", plan.finances().id()).put("firstPaymentMonthsAfter", plan.firstPaymentMonthsAfter())
                            .put("paymentDay", plan.paymentDay()).put("remainder", plan.remainder().id());
                }
            }
        }
        return root;
    }

    private static ObjectNode cancellation(CancellationPolicy policy) {
        ObjectNode node = JSON.createObjectNode().put("feeBeforeStart", Amounts.plain(policy.feeBeforeStart()));
        ObjectNode after = node.putObject("feeAfterStart").put("rate", policy.feeAfterStartRate());
        policy.feeAfterStartCap().ifPresent(cap -> after.put("cap", Amounts.plain(cap)));
        return node.put("consumedAt", policy.consumedAt().id());
    }

    private static ObjectNode counts(Range<Integer> range) {
        return JSON.createObjectNode().put("min", range.min()).put("typical", range.typical()).put("max", range.max());
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = JSON.createObjectNode();
        text.ja().ifPresent(ja -> node.put("ja", ja));
        text.en().ifPresent(en -> node.put("en", en));
        return node;
    }
}
