package dev.exoplan.core.cost;

import dev.exoplan.core.cost.InvalidRequestException.Field;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Receipt;
import dev.exoplan.core.sheet.Tax;
import dev.exoplan.core.text.ClosestMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Plans a treatment course from a price sheet: resolves the request against the sheet, dates the
 * sessions of each scenario and prices every visit as one receipt. Pure: no I/O, no clock.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * @throws InvalidRequestException when the sheet cannot answer the request; the message names
     *                                 what exists and what would work
     */
    public static Plan plan(PriceSheet sheet, PlanRequest request) {
        Resolved r = resolve(sheet, request, sheet::clinic);
        Goal goal = r.goal();
        Method method = r.method();
        Clinic clinic = r.clinic();
        Horizon horizon = r.horizon();
        Map<Scenario, ScenarioPlan> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            scenarios.put(scenario, scenario(scenario, goal, method, clinic, sheet.tax(), sheet.currency(), horizon));
        }
        List<Fee> optional = clinic.fees().stream()
                .filter(fee -> fee.optional() && fee.appliesTo(method.id()))
                .toList();
        return new Plan(goal, method, clinic, sheet.currency(), sheet.tax(), horizon, scenarios, optional,
                List.of(Caveat.values()), sheet.notice());
    }

    /** A request matched to the sheet: its goal, method, clinic and horizon. */
    record Resolved(Goal goal, Method method, Clinic clinic, Horizon horizon) {
    }

    /**
     * Matches a request to the sheet, or says exactly why it cannot be.
     *
     * @param clinicById looks a clinic up by id (a caller with many requests passes an index)
     */
    static Resolved resolve(PriceSheet sheet, PlanRequest request,
            Function<String, Optional<Clinic>> clinicById) {
        Goal goal = sheet.goal(request.goal()).orElseThrow(() -> unknown(Field.GOAL, "goal", request.goal(),
                sheet.goals().keySet(), "goals in this sheet", sheet.goals().keySet()));
        Method method = sheet.method(request.method()).orElseThrow(() -> unknown(Field.METHOD, "method",
                request.method(), sheet.methods().keySet(), "methods for " + goal.id(), goal.methods()));
        if (!goal.offers(method.id())) {
            throw new InvalidRequestException(Field.METHOD, "goal '" + goal.id() + "' does not list method '"
                    + method.id() + "'; methods for " + goal.id() + ": " + String.join(", ", goal.methods()));
        }
        Horizon horizon = horizon(request);
        Clinic clinic = clinic(sheet, request, goal, method, clinicById);
        if (!clinic.prices(method.id())) {
            List<String> working = goal.methods().stream().filter(clinic::prices).toList();
            List<String> others = sheet.clinics().stream().filter(c -> c.prices(method.id())).map(Clinic::id)
                    .toList();
            throw new InvalidRequestException(Field.METHOD, "clinic '" + clinic.id() + "' has no price for method '"
                    + method.id() + "'; methods for " + goal.id() + " at " + clinic.id() + ": "
                    + listOrNone(working) + "; clinics that price " + method.id() + ": " + listOrNone(others));
        }
        return new Resolved(goal, method, clinic, horizon);
    }

    private static Horizon horizon(PlanRequest request) {
        if (request.months() < Horizon.MIN_MONTHS || request.months() > Horizon.MAX_MONTHS) {
            throw new InvalidRequestException(Field.MONTHS, "months must be a whole number from "
                    + Horizon.MIN_MONTHS + " to " + Horizon.MAX_MONTHS + ", got " + request.months());
        }
        if (request.start().isBefore(Horizon.FIRST_DAY)) {
            throw new InvalidRequestException(Field.START, request.start() + " is before " + Horizon.FIRST_DAY
                    + ", the first date exoplan plans from; give a later start");
        }
        LocalDate lastDay = request.start().plusMonths(request.months()).minusDays(1);
        if (lastDay.isAfter(Horizon.LAST_DAY)) {
            throw new InvalidRequestException(Field.START, request.months() + " months from " + request.start()
                    + " run past " + Horizon.LAST_DAY + ", the last date exoplan plans to; give an earlier start or "
                    + "fewer months");
        }
        return new Horizon(request.start(), request.months());
    }

    private static Clinic clinic(PriceSheet sheet, PlanRequest request, Goal goal, Method method,
            Function<String, Optional<Clinic>> clinicById) {
        if (request.clinic().isPresent()) {
            String id = request.clinic().get();
            return clinicById.apply(id).orElseThrow(() -> {
                List<String> ids = sheet.clinics().stream().map(Clinic::id).toList();
                return unknown(Field.CLINIC, "clinic", id, ids, "clinics in this sheet", ids);
            });
        }
        if (sheet.clinics().size() == 1) {
            return sheet.clinics().get(0);
        }
        List<String> fitting = sheet.clinics().stream().filter(c -> c.prices(method.id())).map(Clinic::id)
                .toList();
        throw new InvalidRequestException(Field.CLINIC, "the sheet has " + sheet.clinics().size()
                + " clinics, so a clinic must be chosen; clinics that price " + method.id() + " for " + goal.id()
                + ": " + listOrNone(fitting));
    }

    private static ScenarioPlan scenario(Scenario scenario, Goal goal, Method method, Clinic clinic, Tax tax,
            CurrencyUnit currency, Horizon horizon) {
        Schedule schedule = Schedule.of(horizon, goal.schedule(scenario.bound()));
        MonetaryAmount price = clinic.price(method.id()).orElseThrow().at(scenario.bound());
        List<Fee> fees = clinic.fees().stream()
                .filter(fee -> fee.appliesTo(method.id()) && (!fee.optional() || scenario.includesOptionalFees()))
                .toList();

        List<Visit> visits = new ArrayList<>(schedule.size());
        for (Session session : schedule.sessions()) {
            List<LineItem> items = new ArrayList<>();
            items.add(new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), price, 1, price));
            for (Fee fee : fees) {
                if (fee.per() == Charge.PER_VISIT || session.number() == 1) {
                    items.add(new LineItem(LineItem.Kind.FEE, fee.id(), fee.label(), fee.amount(), 1, fee.amount()));
                }
            }
            MonetaryAmount charged = Amounts.sum(items.stream().map(LineItem::amount).toList(), currency);
            visits.add(new Visit(session, items, tax.receipt(charged)));
        }

        int n = schedule.size();
        List<LineItem> items = new ArrayList<>();
        items.add(new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), price, n, Amounts.times(price, n)));
        for (Fee fee : fees) {
            int quantity = fee.per() == Charge.PER_VISIT ? n : 1;
            items.add(new LineItem(LineItem.Kind.FEE, fee.id(), fee.label(), fee.amount(), quantity,
                    Amounts.times(fee.amount(), quantity)));
        }
        Receipt course = new Receipt(
                sum(visits, Receipt::subtotal, currency),
                sum(visits, Receipt::tax, currency),
                sum(visits, Receipt::total, currency));
        MonetaryAmount monthly = Amounts.fraction(course.total(), BigDecimal.ONE,
                BigDecimal.valueOf(horizon.months()), Amounts.MONTHLY_AVERAGE);
        return new ScenarioPlan(scenario, schedule, price, visits, items, course, monthly);
    }

    private static MonetaryAmount sum(List<Visit> visits, Function<Receipt, MonetaryAmount> part,
            CurrencyUnit currency) {
        return Amounts.sum(visits.stream().map(v -> part.apply(v.receipt())).toList(), currency);
    }

    static InvalidRequestException unknown(Field field, String what, String given, Collection<String> known,
            String listName, Collection<String> listed) {
        String hint = ClosestMatch.among(given, known).map(m -> " did you mean '" + m + "'?").orElse("");
        return new InvalidRequestException(field, "unknown " + what + " '" + given + "';" + hint + " " + listName
                + ": " + listOrNone(listed));
    }

    private static String listOrNone(Collection<String> names) {
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", "));
    }
}
