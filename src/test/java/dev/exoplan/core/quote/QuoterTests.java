package dev.exoplan.core.quote;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.USD;
import static dev.exoplan.core.Fixtures.clinic;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.goal;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.range;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.usd;
import static dev.exoplan.core.Fixtures.workedExample;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.Fixtures;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast quote path must give exactly what a full plan gives. */
class QuoterTests {

    private static final long SEED = 20261125L;

    private static PriceSheet includedHalfUp() {
        return sheet(JPY, tax("0.10", true, TaxRounding.HALF_UP),
                List.of(goal("skin", range(3, 4, 5), range(2, 3, 4), range(2, 3, 4), "iv", "injection"),
                        goal("hair", range(1, 2, 6), range(1, 2, 6), range(1, 3, 12), "injection")),
                clinic("a", Map.of("iv", prices(yen(30001), yen(80003), yen(150007)),
                                "injection", prices(yen(50000), yen(99999), yen(200001))),
                        fee("consultation", yen(5500), Charge.ONCE, false),
                        fee("cream", yen(3333), Charge.PER_VISIT, true, "injection"),
                        fee("kit", yen(1111), Charge.PER_VISIT, false)),
                clinic("b", Map.of("injection", prices(yen(44000), yen(77000), yen(110000)))));
    }

    private static PriceSheet dollarsCeiling() {
        return sheet(USD, tax("0.08875", false, TaxRounding.CEILING),
                List.of(goal("skin", range(2, 3, 4), range(2, 3, 4), range(2, 4, 6), "iv")),
                clinic("nyc", Map.of("iv", prices(usd("199.99"), usd("250.50"), usd("333.33"))),
                        fee("intake", usd("12.35"), Charge.ONCE, false),
                        fee("supplies", usd("7.77"), Charge.PER_VISIT, true)));
    }

    /**
     * Variants, first-visit prices and packages (with and without validity), tax added and rounded half
     * up, fees once and per visit: the quoter must fall back to the plan for these and agree with it.
     */
    static PriceSheet offers() {
        PriceSheet base = includedHalfUp();
        Variant one = new Variant("1cc", LocalizedText.plain("1 cc"), yen(44_000), Optional.empty());
        Variant two = new Variant("2cc", LocalizedText.plain("2 cc"), yen(77_000), Optional.of(yen(55_000)));
        Variant three = new Variant("3cc", LocalizedText.plain("3 cc"), yen(110_000), Optional.empty());
        List<Variant> doses = List.of(three, one, two);
        Clinic dose = new Clinic("dose", LocalizedText.plain("Dose"), Disclosure.NONE,
                Map.of("iv", Variant.span(doses), "injection", prices(yen(50_000), yen(99_999), yen(200_001))),
                List.of(fee("consultation", yen(3_333), Charge.ONCE, false),
                        fee("kit", yen(1_111), Charge.PER_VISIT, false)),
                Map.of("iv", doses), Map.of("injection", yen(40_000)),
                List.of(new CoursePackage(Optional.empty(), "iv", Optional.of("2cc"), 5, yen(300_000),
                                OptionalInt.of(6)),
                        new CoursePackage(Optional.empty(), "iv", Optional.of("3cc"), 3, yen(290_000),
                                OptionalInt.empty()),
                        new CoursePackage(Optional.empty(), "injection", Optional.empty(), 4, yen(330_000),
                                OptionalInt.of(3))));
        Clinic courses = new Clinic("courses", LocalizedText.plain("Courses"), Disclosure.NONE,
                Map.of("iv", prices(yen(150_000), yen(150_000), yen(150_000))), List.of(), Map.of(), Map.of(),
                List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 2, yen(280_000), OptionalInt.empty()),
                        new CoursePackage(Optional.empty(), "iv", Optional.empty(), 3, yen(420_000), OptionalInt.empty()),
                        new CoursePackage(Optional.empty(), "iv", Optional.empty(), 4, yen(480_000), OptionalInt.empty()),
                        new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(550_000),
                                OptionalInt.empty())));
        return new PriceSheet(1, JPY, tax("0.10", false, TaxRounding.HALF_UP), Optional.empty(), base.methods(),
                base.goals(), List.of(base.clinics().get(0), dose, courses));
    }

    @Test
    void sheetWithVariantsFirstVisitPricesAndPackages_agreesWithTheFullPlan() {
        PriceSheet sheet = offers();
        Quoter quoter = new Quoter(sheet);
        Random random = new Random(SEED + 5);
        int prepaying = 0;
        for (int i = 0; i < 150; i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
            int months = 1 + random.nextInt(120);
            for (Clinic clinic : sheet.clinics()) {
                for (Goal goal : sheet.goals().values()) {
                    for (String method : goal.methods()) {
                        if (!clinic.prices(method)) {
                            continue;
                        }
                        Quote q = assertSameAsPlan(sheet, new PlanRequest(goal.id(), method,
                                Optional.of(clinic.id()), start, months), quoter);
                        prepaying += q.typical().prepaid() > 0 ? 1 : 0;
                        for (Variant v : clinic.variants(method)) {
                            assertSameAsPlan(sheet, new PlanRequest(goal.id(), method, Optional.of(clinic.id()),
                                    start, months, Optional.of(v.id())), quoter);
                        }
                    }
                }
            }
        }
        // the fast path's prepaid amounts were compared with the plan's, not only zeros
        assertTrue(prepaying > 100, "typical quotes that prepay: " + prepaying);
    }

    @Test
    void theIssuesCourseTable_fiveIvSessionsCost550000() {
        // The low skin scenario has 5 sessions in 12 months: the 5-session course, 550,000 before tax
        // (not 5 × 150,000 = 750,000); 10 % added, half up: 605,000.
        Quote q = new Quoter(offers()).quote(new PlanRequest("skin", "iv", Optional.of("courses"),
                LocalDate.parse("2027-01-04"), 12));

        assertEquals(5, q.low().sessions());
        assertEquals(605_000L, q.low().total());
        assertEquals(55_000L, q.low().tax());
        // all of it prepaid: the course, 550,000 + 55,000 tax
        assertEquals(605_000L, q.low().prepaid());
    }

    /** One IV course of 5 sessions for 550,000 (no validity), singles at 150,000, a kit of 1,111 at every visit. */
    private static PriceSheet courseWithKit() {
        PriceSheet base = includedHalfUp();
        Clinic kit = new Clinic("kit", LocalizedText.plain("Kit"), Disclosure.NONE,
                Map.of("iv", prices(yen(150_000), yen(150_000), yen(150_000))),
                List.of(fee("kit", yen(1_111), Charge.PER_VISIT, false)), Map.of(), Map.of(),
                List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(550_000),
                        OptionalInt.empty())));
        return new PriceSheet(1, JPY, tax("0.10", false, TaxRounding.HALF_UP), Optional.empty(), base.methods(),
                base.goals(), List.of(kit));
    }

    @Test
    void aCourseWithAFeeAtEveryVisit_addsUpEachVisitsReceiptAndItsTax() {
        // Low skin: 5 sessions in 12 months, all on the course. Visit 1: 550,000 + 1,111 = 551,111, tax 10 %
        // half up 55,111, paid 606,222. Visits 2-5: the kit alone, 1,111 + 111 = 1,222 each (4,888, tax 444).
        // In all 611,110, tax 55,555 (singles would be 5 × 166,222 = 831,110).
        Quote q = new Quoter(courseWithKit()).quote(new PlanRequest("skin", "iv", Optional.of("kit"),
                LocalDate.parse("2027-01-04"), 12));

        assertEquals(5, q.low().sessions());
        assertEquals(611_110L, q.low().total());
        assertEquals(55_555L, q.low().tax());
        // prepaid: the course alone, 550,000 + 55,000 tax; the kits are paid visit by visit
        assertEquals(605_000L, q.low().prepaid());
    }

    @Test
    void aClinicWithoutPackages_prepaysNothing() {
        Quote q = new Quoter(includedHalfUp()).quote(new PlanRequest("skin", "iv", Optional.of("a"),
                LocalDate.parse("2027-01-04"), 12));

        assertEquals(List.of(0L, 0L, 0L), List.of(q.low().prepaid(), q.typical().prepaid(), q.high().prepaid()));
        assertTrue(q.typical().total() > 0);
    }

    @Test
    void threeCoursesBought_prepayAllThree() {
        // High skin over 24 months at "kit": 5 sessions every 2 weeks (4 Jan - 1 Mar 2027), then one every
        // 2 months (1 May 2027 - 1 Jan 2029, 11): 16 sessions. Three 5-session courses (110,000 a session)
        // and one single (150,000) are the cheapest; each course is prepaid at 550,000 + 10 % = 605,000.
        Quote q = new Quoter(courseWithKit()).quote(new PlanRequest("skin", "iv", Optional.of("kit"),
                LocalDate.parse("2027-01-04"), 24));

        assertEquals(16, q.high().sessions());
        assertEquals(3 * 605_000L, q.high().prepaid());
    }

    @Test
    void aContractDateAfterTheFirstCourseIsBought_isRefusedAsThePlanRefusesIt() {
        // The course is bought at the first visit, 2027-01-04; a contract received on 2027-01-10 is after it.
        PriceSheet sheet = courseWithKit();
        PlanRequest request = new PlanRequest("skin", "iv", Optional.of("kit"), LocalDate.parse("2027-01-04"), 12,
                Optional.empty(), Optional.of(LocalDate.parse("2027-01-10")));
        String expected = assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet, request)).getMessage();
        assertEquals(expected, assertThrows(InvalidRequestException.class,
                () -> new Quoter(sheet).quote(request)).getMessage());
    }

    @Test
    void aClinicClosedOnSomeWeekdaysWithCourses_agreesWithTheFullPlan() {
        // Packages valid 2 and 3 months: which visits a course covers depends on the booked dates, which
        // move off Sundays and Mondays; a first-visit price and a consultation once, a kit every visit.
        PriceSheet base = includedHalfUp();
        Clinic closed = new Clinic("closed", LocalizedText.plain("Closed"), Disclosure.NONE,
                Map.of("iv", prices(yen(30_001), yen(80_003), yen(150_007)),
                        "injection", prices(yen(50_000), yen(99_999), yen(200_001))),
                List.of(fee("consultation", yen(5_500), Charge.ONCE, false),
                        fee("kit", yen(1_111), Charge.PER_VISIT, false),
                        fee("cream", yen(3_333), Charge.PER_VISIT, true, "injection")),
                Map.of(), Map.of("injection", yen(40_000)),
                List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 3, yen(200_000),
                                OptionalInt.of(2)),
                        new CoursePackage(Optional.empty(), "injection", Optional.empty(), 4, yen(250_000),
                                OptionalInt.of(3))),
                Optional.empty(), Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
        PriceSheet sheet = new PriceSheet(1, JPY, tax("0.10", false, TaxRounding.HALF_UP), Optional.empty(),
                base.methods(), base.goals(), List.of(closed));
        Quoter quoter = new Quoter(sheet);
        Random random = new Random(SEED + 7);
        for (int i = 0; i < 300; i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
            int months = 1 + random.nextInt(120);
            for (Goal goal : sheet.goals().values()) {
                for (String method : goal.methods()) {
                    assertSameAsPlan(sheet, new PlanRequest(goal.id(), method, Optional.of("closed"), start, months),
                            quoter);
                }
            }
        }
    }

    @Test
    void aSheetOfMoreClinicsThanTheQuoterKeeps_quotesEachClinicAsThePlanDoes() {
        // Clinics 0 and CACHED_CLINICS share a slot of the quoter's cache; each has its own typical price.
        Clinic[] clinics = new Clinic[Quoter.CACHED_CLINICS + 2];
        for (int i = 0; i < clinics.length; i++) {
            clinics[i] = clinic("c" + i, Map.of("iv", prices(yen(30_000), yen(50_000 + i), yen(150_000))));
        }
        PriceSheet sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(Fixtures.skin()), clinics);
        Quoter quoter = new Quoter(sheet);
        int last = Quoter.CACHED_CLINICS;
        for (int i : new int[] {0, last, 0, 1, last + 1, last, 1}) {
            PlanRequest request = new PlanRequest("skin", "iv", Optional.of("c" + i), LocalDate.parse("2027-01-04"), 12);
            Quote q = quoter.quote(request);
            assertEquals("c" + i, q.clinic());
            assertSameAsPlan(sheet, request, quoter);
        }
    }

    /**
     * Every figure of the row, prepaid amounts included (the records' equality), as the full plan's; and,
     * on {@link #CARD}, the typical total with the fees of the plan's instalments.
     */
    private static Quote assertSameAsPlan(PriceSheet sheet, PlanRequest request, Quoter quoter) {
        Quote fast = quoter.quote(request);
        Quote reference = Quoter.fromPlan(Planner.plan(sheet, request));
        assertEquals(reference, fast, () -> "quote of " + request);
        assertEquals(reference.clinic(), fast.clinic());
        assertEquals(reference.start(), fast.start());
        assertEquals(reference.months(), fast.months());
        assertFinancedAsPlanned(sheet, request, ON_CARD.computeIfAbsent(sheet, s -> new Quoter(s, Optional.of(CARD))),
                CARD);
        return fast;
    }

    /** {@code --apr 15 --pay-in 24}: a card every clinic takes, so that every row has a financed total. */
    private static final PayIn CARD = new PayIn(24, Optional.empty(), Optional.of(new BigDecimal("15")));
    /** A quoter on {@link #CARD} for each sheet the tests compare, kept as the plain quoters are, row after row. */
    private static final Map<PriceSheet, Quoter> ON_CARD = new IdentityHashMap<>();

    /**
     * The row {@code quoter} (on {@code payIn}) gives is the full plan's with its typical total plus the fees
     * of the planner's instalments ({@link Instalments#of}, {@link Instalments#fees}); the total alone where
     * the typical scenario buys no package; refused, as plan refuses it, where the clinic's credit cannot
     * serve the packages.
     *
     * @return whether the row was financed with a fee (a package bought), for the tests to count
     */
    private static boolean assertFinancedAsPlanned(PriceSheet sheet, PlanRequest request, Quoter quoter,
            PayIn payIn) {
        Plan plan = Planner.plan(sheet, request);
        Quote reference = Quoter.fromPlan(plan);
        long total = reference.typical().total();
        if (plan.scenario(Scenario.TYPICAL).prepayment().isEmpty()) {
            assertEquals(reference.withFinancing(OptionalLong.of(total)), quoter.quote(request), request::toString);
            return false;
        }
        PayIn.Credit credit = payIn.credit(plan.clinic());
        if (credit instanceof PayIn.Refused refused) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> quoter.quote(request));
            assertEquals(InvalidRequestException.Field.PAY_IN, e.field());
            assertEquals(Message.of("error.quote.payIn", refused.why()).in(Language.EN), e.getMessage());
            return false;
        }
        PayIn.Served served = (PayIn.Served) credit;
        Instalments instalments = Instalments.of(plan, served.plan(), served.terms());
        List<Instalments.Financed> typical = instalments.scenario(Scenario.TYPICAL);
        if (typical.stream().anyMatch(f -> f.loan().price() < served.minimum())) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> quoter.quote(request));
            assertTrue(e.getMessage().startsWith("credit plan " + served.plan().orElseThrow() + " finances "),
                    e.getMessage());
            return false;
        }
        assertEquals(reference.withFinancing(OptionalLong.of(total + instalments.fees(Scenario.TYPICAL))),
                quoter.quote(request), () -> "financed quote of " + request);
        return true;
    }

    private static Financing plan(String id, Optional<MonetaryAmount> minimum, int... instalments) {
        Map<Integer, BigDecimal> table = new HashMap<>();
        for (int n : instalments) {
            table.put(n, new BigDecimal(n).multiply(new BigDecimal("0.73"))); // 0.73 per 100 a month, flat
        }
        return new Financing(id, LocalizedText.plain(id), Optional.empty(),
                Arrays.stream(instalments).boxed().toList(), table, Optional.empty(), minimum,
                Financing.Finances.PACKAGES, 1, 27, Remainder.FIRST);
    }

    /**
     * {@link #offers()} with credit plans: "courses" one plan of 10 and 24 instalments that finances
     * 300,000 or more (its 280,000 course is below); "dose" two plans (a of 10, b of 24, both at an APR);
     * clinic "a" none.
     */
    private static PriceSheet financed() {
        PriceSheet base = offers();
        List<Clinic> clinics = new ArrayList<>();
        for (Clinic c : base.clinics()) {
            List<Financing> plans = switch (c.id()) {
                case "courses" -> List.of(plan("loan", Optional.of(yen(300_000)), 10, 24));
                case "dose" -> List.of(new Financing("a", LocalizedText.plain("A"), Optional.empty(), List.of(10),
                        Map.of(), Optional.of(new BigDecimal("15")), Optional.empty(), Financing.Finances.PACKAGES,
                        2, 31, Remainder.LAST), plan("b", Optional.empty(), 24));
                default -> List.of();
            };
            clinics.add(new Clinic(c.id(), c.name(), c.disclosure(), c.prices(), c.fees(), c.variants(),
                    c.firstVisits(), c.packages(), c.cancellation(), c.closed(), plans));
        }
        return new PriceSheet(1, JPY, base.tax(), Optional.empty(), base.methods(), base.goals(), clinics);
    }

    @Test
    void withTheClinicsCreditPlans_everyFinancedTotalAndRefusal_isThePlannersInstalments() {
        PriceSheet sheet = financed();
        List<PayIn> asked = List.of(new PayIn(24, Optional.empty(), Optional.empty()),
                new PayIn(10, Optional.empty(), Optional.empty()), new PayIn(10, Optional.of("a"), Optional.empty()),
                new PayIn(24, Optional.of("b"), Optional.empty()), new PayIn(3, Optional.empty(), Optional.empty()),
                new PayIn(2, Optional.empty(), Optional.of(new BigDecimal("9.9"))));
        Random random = new Random(SEED + 11);
        int withFees = 0;
        int refused = 0;
        for (PayIn payIn : asked) {
            Quoter quoter = new Quoter(sheet, Optional.of(payIn));
            for (int i = 0; i < 40; i++) {
                LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
                int months = 1 + random.nextInt(120);
                for (Clinic clinic : sheet.clinics()) {
                    for (Goal goal : sheet.goals().values()) {
                        for (String method : goal.methods()) {
                            if (!clinic.prices(method)) {
                                continue;
                            }
                            PlanRequest request = new PlanRequest(goal.id(), method, Optional.of(clinic.id()), start,
                                    months);
                            try {
                                withFees += assertFinancedAsPlanned(sheet, request, quoter, payIn) ? 1 : 0;
                            } catch (InvalidRequestException e) {
                                throw new AssertionError(request + ": " + e.getMessage(), e);
                            }
                            refused += refusedOn(quoter, request);
                            for (Variant v : clinic.variants(method)) {
                                assertFinancedAsPlanned(sheet, new PlanRequest(goal.id(), method,
                                        Optional.of(clinic.id()), start, months, Optional.of(v.id())), quoter, payIn);
                            }
                        }
                    }
                }
            }
        }
        // fees were compared with the planner's, and refusals met, not only totals that buy nothing
        assertTrue(withFees > 200, "financed rows with a fee: " + withFees);
        assertTrue(refused > 100, "refused rows: " + refused);
    }

    private static int refusedOn(Quoter quoter, PlanRequest request) {
        try {
            quoter.quote(request);
            return 0;
        } catch (InvalidRequestException e) {
            return 1;
        }
    }

    /**
     * sample-c's IV as PayInTests has it: 55,000 / 88,000 / 132,000 a session, tax included, a consultation
     * of 3,300 once, a 5-session course of 374,000; the typical 7 sessions buy the course and 2 sessions:
     * 374,000 + 2 × 88,000 + 3,300 = 553,300. Its plan: 24 instalments at 16.37 per 100 (15 %'s table row).
     */
    private static PriceSheet sampleC(Optional<MonetaryAmount> minimum) {
        Financing loan = new Financing("loan", LocalizedText.plain("Loan"), Optional.empty(), List.of(10, 24),
                Map.of(10, new BigDecimal("7.00"), 24, new BigDecimal("16.37")), Optional.empty(), minimum,
                Financing.Finances.PACKAGES, 1, 27, Remainder.FIRST);
        Clinic clinic = new Clinic("c", LocalizedText.plain("C"), Disclosure.NONE,
                Map.of("iv", prices(yen(55_000), yen(88_000), yen(132_000))),
                List.of(fee("consultation", yen(3_300), Charge.ONCE, false)), Map.of(), Map.of(),
                List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(374_000),
                        OptionalInt.of(12))), Optional.empty(), Set.of(), List.of(loan));
        return sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(Fixtures.skin()), clinic);
    }

    private static final PlanRequest SAMPLE_C = new PlanRequest("skin", "iv", Optional.empty(),
            LocalDate.parse("2027-01-04"), 12);

    @Test
    void sampleCsCourseOn24Instalments_addsItsFeeRoundedDownToTheTypicalTotal() {
        Quote q = new Quoter(sampleC(Optional.empty()), Optional.of(new PayIn(24, Optional.empty(), Optional.empty())))
                .quote(SAMPLE_C);
        // 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223 (down); 553,300 + 61,223 = 614,523
        assertEquals(553_300, q.typical().total());
        assertEquals(OptionalLong.of(614_523), q.typicalWithFinancing());
        // 10 instalments at 7.00: 374,000 × 7 ÷ 100 = 26,180; 579,480
        assertEquals(OptionalLong.of(579_480), new Quoter(sampleC(Optional.empty()),
                Optional.of(new PayIn(10, Optional.empty(), Optional.empty()))).quote(SAMPLE_C).typicalWithFinancing());
    }

    @Test
    void ownCardAt15PercentIn3_derivesItsFeeFromTheRate() {
        Quote q = new Quoter(sampleC(Optional.empty()), Optional.of(new PayIn(3, Optional.empty(),
                Optional.of(new BigDecimal("15"))))).quote(SAMPLE_C);
        // r = 0.0125: 100 × (3r ÷ (1 − 1.0125^−3) − 1) = 2.5052… → 2.51 per 100;
        // 374,000 × 2.51 ÷ 100 = 9,387.4 → 9,387; 553,300 + 9,387 = 562,687
        assertEquals(OptionalLong.of(562_687), q.typicalWithFinancing());
    }

    @Test
    void aCourseBelowThePlansMinimum_isRefusedNamingBothAmounts() {
        Quoter quoter = new Quoter(sampleC(Optional.of(yen(400_000))),
                Optional.of(new PayIn(24, Optional.empty(), Optional.empty())));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> quoter.quote(SAMPLE_C));
        assertEquals("credit plan loan finances 400000 JPY or more, and the typical scenario buys a package of "
                + "374000 JPY (--pay-in)", e.getMessage());
        assertEquals("分割払いプラン loan の対象は 400000 JPY 以上ですが、標準のシナリオで買うパッケージは 374000 JPY です"
                + "（--pay-in）", e.message(Language.JA));
        // at the minimum exactly, it is financed
        assertEquals(OptionalLong.of(614_523), new Quoter(sampleC(Optional.of(yen(374_000))),
                Optional.of(new PayIn(24, Optional.empty(), Optional.empty()))).quote(SAMPLE_C).typicalWithFinancing());
    }

    @Test
    void aContractDateQuotedFromThePlan_isFinancedAsTheFastPathIs() {
        PriceSheet sheet = sampleC(Optional.empty());
        Quoter quoter = new Quoter(sheet, Optional.of(new PayIn(24, Optional.empty(), Optional.empty())));
        PlanRequest dated = new PlanRequest("skin", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12,
                Optional.empty(), Optional.of(LocalDate.parse("2027-01-04")));
        assertEquals(OptionalLong.of(614_523), quoter.quote(dated).typicalWithFinancing());
        Quoter below = new Quoter(sampleC(Optional.of(yen(400_000))),
                Optional.of(new PayIn(24, Optional.empty(), Optional.empty())));
        assertEquals(InvalidRequestException.Field.PAY_IN,
                assertThrows(InvalidRequestException.class, () -> below.quote(dated)).field());
    }

    @Test
    void aClinicWithoutPackages_financesNothing_andItsTotalStandsEvenWithoutAPlan() {
        Quote q = new Quoter(workedExample(), Optional.of(new PayIn(24, Optional.empty(), Optional.empty())))
                .quote(new PlanRequest("skin", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12));
        assertEquals(OptionalLong.of(621_500), q.typicalWithFinancing()); // the worked example's typical total
        assertEquals(OptionalLong.empty(), new Quoter(workedExample()).quote(new PlanRequest("skin", "iv",
                Optional.empty(), LocalDate.parse("2027-01-04"), 12)).typicalWithFinancing());
    }

    @ParameterizedTest(name = "--pay-in {0} --financing {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "24 | ''   | dose    | clinic dose offers several credit plans: a, b; name one with --financing ID (--pay-in)",
        "24 | c    | dose    | clinic dose offers no credit plan 'c'; its plans: a, b (--pay-in)",
        "12 | ''   | courses | credit plan loan does not offer 12 instalments; it offers 10, 24 (--pay-in)",
    })
    void aRowTheClinicsCreditCannotServe_isRefusedWithPlansWords(int n, String financing, String clinic,
            String message) {
        PriceSheet sheet = financed();
        Quoter quoter = new Quoter(sheet, Optional.of(new PayIn(n, Optional.of(financing).filter(f -> !f.isEmpty()),
                Optional.empty())));
        PlanRequest request = new PlanRequest("skin", "iv", Optional.of(clinic), LocalDate.parse("2027-01-04"), 12);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> quoter.quote(request));
        assertEquals(message, e.getMessage());
        assertEquals(InvalidRequestException.Field.PAY_IN, e.field());
    }



    private static void assertAmount(MonetaryAmount expected, MonetaryAmount actual, String what) {
        assertTrue(expected.isEqualTo(actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void workedExample_quotesTheHandComputedTotals() {
        Quote q = new Quoter(workedExample()).quote(new PlanRequest("skin", "iv", Optional.empty(),
                LocalDate.parse("2027-01-04"), 12));
        // From the issue: 170,500 / 621,500 / 1,655,500, tax 15,500 / 56,500 / 150,500; 621,500 / 12 → 51,792
        assertEquals(List.of(170_500L, 621_500L, 1_655_500L), List.of(q.low().total(), q.typical().total(),
                q.high().total()));
        assertEquals(List.of(15_500L, 56_500L, 150_500L), List.of(q.low().tax(), q.typical().tax(), q.high().tax()));
        assertEquals(51_792L, q.monthlyTypical());
        assertAmount(yen(621_500), q.money(q.typical().total()), "typical as money");
        assertEquals(List.of(5, 7, 10), List.of(q.low().sessions(), q.typical().sessions(), q.high().sessions()));
    }

    @Test
    void everyCombinationStartAndPeriod_agreesWithTheFullPlan() {
        Random random = new Random(SEED);
        for (PriceSheet sheet : List.of(workedExample(), includedHalfUp(), dollarsCeiling())) {
            Quoter quoter = new Quoter(sheet);
            for (int i = 0; i < 400; i++) {
                LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
                if (i % 10 == 0) {
                    start = start.withDayOfMonth(start.lengthOfMonth()); // month ends
                }
                int months = 1 + random.nextInt(120);
                for (Clinic clinic : sheet.clinics()) {
                    for (Goal goal : sheet.goals().values()) {
                        for (String method : goal.methods()) {
                            if (clinic.prices(method)) {
                                PlanRequest request = new PlanRequest(goal.id(), method, Optional.of(clinic.id()), start,
                                        months);
                                assertSameAsPlan(sheet, request, quoter);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aBadRequest_isRefusedWithThePlannersMessage() {
        Quoter quoter = new Quoter(workedExample());
        PlanRequest request = new PlanRequest("skn", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12);
        InvalidRequestException fast = assertThrows(InvalidRequestException.class, () -> quoter.quote(request));
        InvalidRequestException plan = assertThrows(InvalidRequestException.class,
                () -> Planner.plan(workedExample(), request));
        assertEquals(plan.getMessage(), fast.getMessage());
    }

    @Test
    void aSheetOfManyClinics_findsEachClinicByIdAsThePlanDoes() {
        // More clinics than IdTable scans, so their ids are hashed; each has its own typical price.
        Clinic[] clinics = new Clinic[40];
        for (int i = 0; i < clinics.length; i++) {
            clinics[i] = clinic("c" + i, Map.of("iv", prices(yen(30_000), yen(50_000 + i), yen(150_000))));
        }
        PriceSheet sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(Fixtures.skin()), clinics);
        Quoter quoter = new Quoter(sheet);
        for (int i = clinics.length - 1; i >= 0; i--) {
            PlanRequest request = new PlanRequest("skin", "iv", Optional.of("c" + i), LocalDate.parse("2027-01-04"), 12);
            assertSameAsPlan(sheet, request, quoter);
        }
        PlanRequest unknown = new PlanRequest("skin", "iv", Optional.of("c40"), LocalDate.parse("2027-01-04"), 12);
        assertEquals(assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet, unknown)).getMessage(),
                assertThrows(InvalidRequestException.class, () -> quoter.quote(unknown)).getMessage());
    }

    @Test
    void aCombinationTheSheetCannotAnswer_isRefusedEveryTimeWithThePlannersMessage() {
        // Clinic b prices no IV: the quoter remembers that, and must still say why on every request.
        PriceSheet sheet = includedHalfUp();
        Quoter quoter = new Quoter(sheet);
        PlanRequest request = new PlanRequest("skin", "iv", Optional.of("b"), LocalDate.parse("2027-01-04"), 12);
        String expected = assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet, request)).getMessage();
        for (int i = 0; i < 2; i++) {
            assertEquals(expected, assertThrows(InvalidRequestException.class, () -> quoter.quote(request)).getMessage());
        }
        assertSameAsPlan(sheet, new PlanRequest("skin", "injection", Optional.of("b"), LocalDate.parse("2027-01-04"),
                12), quoter);
    }

    @Test
    void totalsFit_whenTheLongestCourseAtTheDearestPricesStaysInsideALong() {
        // 170 sessions (50 initial, 120 monthly) × (2 × visit + 1) minor units must stay below 2^63 ≈ 9.22e18.
        Clinic dear = clinic("dear", Map.of("iv", prices(yen(1), yen(1), yen(999_999_999_999_999L))));
        assertTrue(Quoter.totalsFit(dear, JPY)); // 170 × (2e15 + 1) ≈ 3.4e17
        Fee[] fees = new Fee[30];
        for (int i = 0; i < fees.length; i++) {
            fees[i] = fee("f" + i, yen(999_999_999_999_999L), Charge.PER_VISIT, false);
        }
        Clinic dearest = clinic("dearest", Map.of("iv", prices(yen(1), yen(1), yen(999_999_999_999_999L))), fees);
        assertFalse(Quoter.totalsFit(dearest, JPY)); // 170 × 2 × 3.1e16 ≈ 1.05e19
        Clinic cents = clinic("cents", Map.of("iv", prices(usd("1.00"), usd("1.00"), usd("999999999999999.99"))));
        assertFalse(Quoter.totalsFit(cents, USD)); // 1e17 cents × 2 × 170 ≈ 3.4e19
    }

    /**
     * Requests the quoter's own look-up must hand to the planner, each refused with the planner's message:
     * a period of 0 or 121 months (1 to 120), one starting before 1900-01-01 or ending after 9999-12-31
     * (9995-01-01 + 120 months ends 10004-12-31), an unknown goal, method or clinic, and no clinic on a
     * sheet of two (a and b).
     */
    @ParameterizedTest(name = "{0} {1} {2} from {3} for {4} months")
    @CsvSource({
        "skin, iv,  a,  2027-01-04, 0",
        "skin, iv,  a,  2027-01-04, 121",
        "skin, iv,  a,  1899-12-01, 12",
        "skin, iv,  a,  9995-01-01, 120",
        "skin, iv,  a,  9999-06-01, 12",
        "skn,  iv,  a,  2027-01-04, 12",
        "skin, ivv, a,  2027-01-04, 12",
        "skin, iv,  c,  2027-01-04, 12",
        "skin, iv,  '', 2027-01-04, 12",
    })
    void aRequestTheSheetCannotAnswer_isRefusedWithThePlannersMessage(String goal, String method, String clinic,
            String start, int months) {
        PriceSheet sheet = includedHalfUp();
        Quoter quoter = new Quoter(sheet);
        PlanRequest request = new PlanRequest(goal, method, clinic.isEmpty() ? Optional.empty() : Optional.of(clinic),
                LocalDate.parse(start), months);
        String expected = assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet, request)).getMessage();
        assertEquals(expected, assertThrows(InvalidRequestException.class, () -> quoter.quote(request)).getMessage());
    }
}
