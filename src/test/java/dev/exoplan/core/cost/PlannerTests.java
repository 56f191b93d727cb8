package dev.exoplan.core.cost;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.USD;
import static dev.exoplan.core.Fixtures.clinic;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.goal;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.range;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.usd;
import static dev.exoplan.core.Fixtures.workedExample;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.cost.InvalidRequestException.Field;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlannerTests {

    private static final LocalDate JAN_4_2027 = LocalDate.parse("2027-01-04");

    private static Plan plan(PriceSheet sheet, String goal, String method, LocalDate start, int months) {
        return Planner.plan(sheet, new PlanRequest(goal, method, Optional.empty(), start, months));
    }

    private static void assertAmount(MonetaryAmount expected, MonetaryAmount actual) {
        assertTrue(expected.isEqualTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    /** Asserts a scenario's sessions, tax and total (and that subtotal + tax = total). */
    private static void assertScenario(ScenarioPlan s, int sessions, MonetaryAmount tax, MonetaryAmount total) {
        assertEquals(sessions, s.sessions(), "sessions");
        assertAmount(tax, s.receipt().tax());
        assertAmount(total, s.receipt().total());
        assertAmount(total.subtract(tax), s.receipt().subtotal());
    }

    @Nested
    class WorkedExample {
        private final Plan plan = plan(workedExample(), "skin", "iv", JAN_4_2027, 12);

        @Test
        void low_fiveSessionsAt30000_costs170500WithTax15500() {
            // 5 × 30000 + 5000 consultation = 155000; tax: 3500 on the first visit + 4 × 3000 = 15500
            assertScenario(plan.scenario(Scenario.LOW), 5, yen(15_500), yen(170_500));
        }

        @Test
        void typical_sevenSessionsAt80000_costs621500WithTax56500() {
            // 7 × 80000 + 5000 = 565000; tax: 8500 + 6 × 8000 = 56500
            assertScenario(plan.scenario(Scenario.TYPICAL), 7, yen(56_500), yen(621_500));
        }

        @Test
        void high_tenSessionsAt150000_costs1655500WithTax150500() {
            // 10 × 150000 + 5000 = 1505000; tax: 15500 + 9 × 15000 = 150500
            assertScenario(plan.scenario(Scenario.HIGH), 10, yen(150_500), yen(1_655_500));
            assertEquals(LocalDate.parse("2028-01-01"),
                    plan.scenario(Scenario.HIGH).schedule().sessions().get(9).date());
        }

        @Test
        void monthlyAverage_isTheTotalOverTwelveMonthsRoundedHalfUp() {
            // 170500 / 12 = 14208.33 → 14208; 621500 / 12 = 51791.67 → 51792; 1655500 / 12 = 137958.33 → 137958
            assertAmount(yen(14_208), plan.scenario(Scenario.LOW).monthlyAverage());
            assertAmount(yen(51_792), plan.scenario(Scenario.TYPICAL).monthlyAverage());
            assertAmount(yen(137_958), plan.scenario(Scenario.HIGH).monthlyAverage());
        }

        @Test
        void eachVisitIsOneReceipt_theFirstCarryingTheConsultation() {
            List<Visit> visits = plan.scenario(Scenario.TYPICAL).visits();
            // first visit: (80000 + 5000) × 1.1 = 93500; later visits 80000 × 1.1 = 88000
            assertAmount(yen(93_500), visits.get(0).receipt().total());
            assertEquals(List.of("iv", "consultation"), visits.get(0).items().stream().map(LineItem::id).toList());
            for (Visit later : visits.subList(1, visits.size())) {
                assertAmount(yen(88_000), later.receipt().total());
                assertEquals(List.of("iv"), later.items().stream().map(LineItem::id).toList());
            }
        }

        @Test
        void itemsSumTheCourse_sessionsTimesPricePlusTheConsultationOnce() {
            List<LineItem> items = plan.scenario(Scenario.TYPICAL).items();
            assertEquals(2, items.size());
            assertEquals(LineItem.Kind.SESSION, items.get(0).kind());
            assertEquals(7, items.get(0).quantity());
            assertAmount(yen(560_000), items.get(0).amount());
            assertEquals(1, items.get(1).quantity());
            assertAmount(yen(5_000), items.get(1).amount());
        }

        @Test
        void anOptionalFeeForInjectionOnly_isNeverChargedForIv() {
            assertTrue(plan.optionalFees().isEmpty());
            assertFalse(plan.scenario(Scenario.HIGH).items().stream().anyMatch(i -> i.id().equals("anaesthetic-cream")));
        }

        @Test
        void everyCaveatButThePrepaidCourses_isAttachedToAPlanThatBuysNoPackage() {
            assertEquals(List.of(Caveat.values()).subList(0, Caveat.values().length - 1), plan.caveats());
            assertEquals(Caveat.PREPAID_COURSE, Caveat.values()[Caveat.values().length - 1]);
        }
    }

    @Nested
    class OptionalFees {
        private final Plan injection = plan(workedExample(), "skin", "injection", JAN_4_2027, 12);

        @Test
        void high_includesTheOptionalCreamAtEveryVisit() {
            // 10 visits at 200000, consultation 5000 once, cream 3000 each visit:
            // visit 1: 208000 + 20800 tax; visits 2–10: 203000 + 20300 tax each
            // tax 20800 + 9 × 20300 = 203500; total 208000 + 9 × 203000 + 203500 = 2238500
            assertScenario(injection.scenario(Scenario.HIGH), 10, yen(203_500), yen(2_238_500));
            LineItem cream = injection.scenario(Scenario.HIGH).items().get(2);
            assertEquals("anaesthetic-cream", cream.id());
            assertEquals(10, cream.quantity());
            assertAmount(yen(30_000), cream.amount());
        }

        @Test
        void lowAndTypical_leaveTheOptionalCreamOut() {
            // typical: 7 × 100000 + 5000 = 705000, tax 70500
            assertScenario(injection.scenario(Scenario.TYPICAL), 7, yen(70_500), yen(775_500));
            assertEquals(2, injection.scenario(Scenario.LOW).items().size());
            assertEquals(List.of("anaesthetic-cream"), injection.optionalFees().stream().map(f -> f.id()).toList());
        }
    }

    @Nested
    class TaxIncluded {
        @Test
        void typicalIv_reportsTheTaxContainedInEachReceipt() {
            // The default sheet's clinic A: tax-included prices, floor. 7 visits: 85500 then 6 × 80000.
            // Contained: floor(85500 / 11) = 7772; floor(80000 / 11) = 7272 → 7772 + 6 × 7272 = 51404.
            PriceSheet sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()),
                    clinic("a", Map.of("iv", prices(yen(30000), yen(80000), yen(150000))),
                            fee("consultation", yen(5500), Charge.ONCE, false)));
            Plan plan = plan(sheet, "skin", "iv", JAN_4_2027, 12);
            assertScenario(plan.scenario(Scenario.TYPICAL), 7, yen(51_404), yen(565_500));
            assertAmount(yen(514_096), plan.scenario(Scenario.TYPICAL).receipt().subtotal());
        }

        @Test
        void roundingHalfUp_roundsEachReceiptsContainedTaxUp() {
            // Same course, half up: round(85500 / 11) = 7773; round(80000 / 11) = 7273 → 7773 + 6 × 7273 = 51411.
            PriceSheet sheet = sheet(JPY, tax("0.10", true, TaxRounding.HALF_UP), List.of(skin()),
                    clinic("a", Map.of("iv", prices(yen(30000), yen(80000), yen(150000))),
                            fee("consultation", yen(5500), Charge.ONCE, false)));
            assertScenario(plan(sheet, "skin", "iv", JAN_4_2027, 12).scenario(Scenario.TYPICAL), 7, yen(51_411),
                    yen(565_500));
        }
    }

    @Nested
    class Cents {
        @Test
        void usdWithCentsAndAnOddRate_roundsEveryReceiptToTheCent() {
            // Two sessions two weeks apart, 250.00 each, a 12.50 fee once, tax 8.875 % added, half up:
            // visit 1: 262.50 × 0.08875 = 23.296875 → 23.30, pays 285.80
            // visit 2: 250.00 × 0.08875 = 22.1875   → 22.19, pays 272.19
            // course: subtotal 512.50, tax 45.49, total 557.99; monthly over 3 months 185.996… → 186.00
            PriceSheet sheet = sheet(USD, tax("0.08875", false, TaxRounding.HALF_UP),
                    List.of(goal("skin", range(2, 2, 2), range(2, 2, 2), range(12, 12, 12), "iv")),
                    clinic("nyc", Map.of("iv", prices(usd("250.00"), usd("250.00"), usd("250.00"))),
                            fee("intake", usd("12.50"), Charge.ONCE, false)));
            ScenarioPlan typical = plan(sheet, "skin", "iv", JAN_4_2027, 3).scenario(Scenario.TYPICAL);
            assertEquals(2, typical.sessions());
            assertAmount(usd("285.80"), typical.visits().get(0).receipt().total());
            assertAmount(usd("272.19"), typical.visits().get(1).receipt().total());
            assertScenario(typical, 2, usd("45.49"), usd("557.99"));
            assertAmount(usd("186.00"), typical.monthlyAverage());
        }
    }

    @Nested
    class HorizonThatCutsTheInitialPhase {
        @Test
        void oneMonth_chargesOnlyTheSessionsInsideIt() {
            // Typical: 4 sessions 3 weeks apart from 01-04; one month ends 02-04: 01-04 and 01-25 only.
            // 2 × 80000 + 5000 = 165000, tax 16500, total 181500; monthly average over 1 month = total.
            ScenarioPlan typical = plan(workedExample(), "skin", "iv", JAN_4_2027, 1).scenario(Scenario.TYPICAL);
            assertScenario(typical, 2, yen(16_500), yen(181_500));
            assertTrue(typical.schedule().initialPhaseCut());
            assertAmount(yen(181_500), typical.monthlyAverage());
        }
    }

    /** Dates inside 1900-01-01 … 9999-12-31 in everything a plan writes (issue 23). */
    @Nested
    class LastDates {

        /**
         * The latest start of a period of m months is 9999-12-24 − m months: its last day is then
         * 9999-12-23, and a cooling-off that begins on it ends 7 days later, 9999-12-30, its calendar
         * event the day after, 9999-12-31.
         */
        @Test
        void latestStart_isThe24thOfDecember9999LessTheMonths() {
            assertEquals(LocalDate.of(9999, 11, 24), Planner.latestStart(1));
            assertEquals(LocalDate.of(9998, 12, 24), Planner.latestStart(12));
            assertEquals(LocalDate.of(9989, 12, 24), Planner.latestStart(120));
            for (int months = 1; months <= 120; months++) {
                LocalDate lastDay = Planner.latestStart(months).plusMonths(months).minusDays(1);
                assertEquals(LocalDate.of(9999, 12, 23), lastDay, "months " + months);
                assertEquals(LocalDate.of(9999, 12, 31), lastDay.plusDays(7).plusDays(1), "months " + months);
            }
        }

        @Test
        void aPlanFromTheLatestStart_endsOnThe23rdWithEverySessionInside() {
            Plan plan = plan(workedExample(), "skin", "iv", LocalDate.of(9999, 11, 24), 1);
            assertEquals(LocalDate.of(9999, 12, 23), plan.horizon().lastDay());
            for (ScenarioPlan scenario : plan.scenarios().values()) {
                scenario.visits().forEach(v -> assertTrue(v.session().date().isBefore(LocalDate.of(9999, 12, 24))));
            }
        }

        @Test
        void aStartOneDayLater_isRefusedWithTheLatestStart() {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> plan(workedExample(), "skin", "iv", LocalDate.of(9999, 11, 25), 1));
            assertEquals(Field.START, e.field());
            // one month is said in the singular, "1 month" (a choice format on the whole number of months)
            assertTrue(e.getMessage().startsWith("1 month from 9999-11-25 "), e.getMessage());
            assertTrue(e.getMessage().endsWith("the latest start for 1 month is 9999-11-24: give a start on or "
                    + "before it, or fewer months"), e.getMessage());
            assertTrue(e.message(Language.JA).contains("9999-11-24"), e.message(Language.JA));
        }

        @Test
        void aContractDateOutsideTheDates_isRefusedEvenWhenNoPackageIsBought() {
            for (LocalDate date : List.of(LocalDate.of(1899, 12, 31), LocalDate.of(0, 12, 31),
                    LocalDate.of(-299_999_999, 1, 1), LocalDate.of(10_000, 1, 1))) {
                InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Planner.plan(
                        workedExample(), new PlanRequest("skin", "iv", Optional.empty(), JAN_4_2027, 12,
                                Optional.empty(), Optional.of(date))));
                assertEquals(Field.CONTRACT_DATE, e.field());
                assertEquals("the contract date " + date + " is outside 1900-01-01 to 9999-12-31, the dates exoplan "
                        + "plans with; give a date inside them (the day you receive the contract document)",
                        e.getMessage());
            }
        }
    }

    @Nested
    class Requests {
        private final PriceSheet sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR),
                List.of(skin(), goal("hair", range(3, 4, 5), range(2, 3, 4), range(2, 3, 4), "injection", "combined")),
                clinic("ginza", Map.of("iv", prices(yen(30000), yen(80000), yen(150000)),
                        "injection", prices(yen(50000), yen(100000), yen(200000)))),
                clinic("shibuya", Map.of("injection", prices(yen(60000), yen(90000), yen(120000)),
                        "combined", prices(yen(80000), yen(150000), yen(300000)))));

        private InvalidRequestException refused(String goal, String method, String clinic, int months) {
            return assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet,
                    new PlanRequest(goal, method, Optional.ofNullable(clinic), JAN_4_2027, months)));
        }

        @Test
        void anUnknownGoal_namesTheClosestAndEveryGoal() {
            InvalidRequestException e = refused("skn", "iv", "ginza", 12);
            assertEquals(Field.GOAL, e.field());
            assertEquals("unknown goal 'skn'; did you mean 'skin'? goals in this sheet: skin, hair", e.getMessage());
        }

        @Test
        void anUnknownMethod_namesTheClosestAndTheGoalsMethods() {
            InvalidRequestException e = refused("skin", "ivv", "ginza", 12);
            assertEquals(Field.METHOD, e.field());
            assertEquals("unknown method 'ivv'; did you mean 'iv'? methods for skin: iv, injection", e.getMessage());
        }

        @Test
        void aMethodTheGoalDoesNotList_namesTheMethodsThatWould() {
            InvalidRequestException e = refused("hair", "iv", "ginza", 12);
            assertEquals(Field.METHOD, e.field());
            assertEquals("goal 'hair' does not list method 'iv'; methods for hair: injection, combined",
                    e.getMessage());
        }

        @Test
        void aMethodTheClinicDoesNotPrice_namesWhatWorksThereAndWhoPricesIt() {
            InvalidRequestException e = refused("hair", "combined", "ginza", 12);
            assertEquals(Field.METHOD, e.field());
            assertEquals("clinic 'ginza' has no price for method 'combined'; methods for hair at ginza: injection; "
                    + "clinics that price combined: shibuya", e.getMessage());
        }

        @Test
        void anUnknownClinic_namesTheClosest() {
            InvalidRequestException e = refused("skin", "iv", "gimza", 12);
            assertEquals(Field.CLINIC, e.field());
            assertEquals("unknown clinic 'gimza'; did you mean 'ginza'? clinics in this sheet: ginza, shibuya",
                    e.getMessage());
        }

        @Test
        void anUnknownClinicInAChainsSheet_namesTwentyAndCountsTheRest() {
            // 25 clinics c-00 … c-24: the message names c-00 … c-19 and says 5 more, one readable line.
            Clinic[] clinics = new Clinic[25];
            for (int i = 0; i < clinics.length; i++) {
                clinics[i] = clinic(String.format("c-%02d", i), Map.of("iv", prices(yen(30_000), yen(80_000), yen(150_000))));
            }
            PriceSheet chain = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()), clinics);
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Planner.plan(chain,
                    new PlanRequest("skin", "iv", Optional.of("zzz"), JAN_4_2027, 12)));
            StringBuilder named = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                named.append(i == 0 ? "" : ", ").append(String.format("c-%02d", i));
            }
            assertEquals("unknown clinic 'zzz'; clinics in this sheet: " + named + " and 5 more (exoplan list shows "
                    + "them all)", e.getMessage());
        }

        @Test
        void anUnknownClinicAmongExactlyTwenty_namesThemAll() {
            // 20 clinics c-00 … c-19: all are named, and nothing is counted as more.
            Clinic[] clinics = new Clinic[20];
            StringBuilder named = new StringBuilder();
            for (int i = 0; i < clinics.length; i++) {
                clinics[i] = clinic(String.format("c-%02d", i), Map.of("iv", prices(yen(30_000), yen(80_000), yen(150_000))));
                named.append(i == 0 ? "" : ", ").append(String.format("c-%02d", i));
            }
            PriceSheet chain = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()), clinics);
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Planner.plan(chain,
                    new PlanRequest("skin", "iv", Optional.of("zzz"), JAN_4_2027, 12)));
            assertEquals("unknown clinic 'zzz'; clinics in this sheet: " + named, e.getMessage());
        }

        @Test
        void noClinicInASheetWithTwo_asksForOneAndNamesThoseThatFit() {
            InvalidRequestException e = refused("hair", "injection", null, 12);
            assertEquals(Field.CLINIC, e.field());
            assertEquals("the sheet has 2 clinics, so a clinic must be chosen; clinics that price injection for hair: "
                    + "ginza, shibuya", e.getMessage());
        }

        @Test
        void noClinicInASheetWithOne_usesThatOne() {
            Plan plan = plan(workedExample(), "skin", "iv", JAN_4_2027, 12);
            assertEquals("sample", plan.clinic().id());
        }

        @Test
        void monthsOutsideOneToAHundredAndTwenty_areRefusedWithTheBounds() {
            assertEquals("months must be a whole number from 1 to 120, got 0", refused("skin", "iv", "ginza", 0)
                    .getMessage());
            assertEquals(Field.MONTHS, refused("skin", "iv", "ginza", 121).field());
            assertEquals(Field.MONTHS, refused("skin", "iv", "ginza", -1).field());
        }

        @Test
        void everyRefusal_isAlsoWordedInJapanese_withTheIdsAsTyped() {
            assertEquals("目的 'skn' はありません。もしかして 'skin' ですか？ この料金表の目的：skin, hair",
                    refused("skn", "iv", "ginza", 12).message(Language.JA));
            assertEquals("投与方法 'ivv' はありません。もしかして 'iv' ですか？ 目的 skin の投与方法：iv, injection",
                    refused("skin", "ivv", "ginza", 12).message(Language.JA));
            assertEquals("目的 'hair' に投与方法 'iv' はありません。目的 hair の投与方法：injection, combined",
                    refused("hair", "iv", "ginza", 12).message(Language.JA));
            assertEquals("クリニック 'ginza' には投与方法 'combined' の料金がありません。ginza で目的 hair に使える投与方法："
                    + "injection。combined の料金があるクリニック：shibuya",
                    refused("hair", "combined", "ginza", 12).message(Language.JA));
            assertEquals("クリニック 'gimza' はありません。もしかして 'ginza' ですか？ この料金表のクリニック：ginza, shibuya",
                    refused("skin", "iv", "gimza", 12).message(Language.JA));
            assertEquals("料金表にクリニックが 2 件あるため、クリニックを選んでください。目的 hair で injection の料金がある"
                    + "クリニック：ginza, shibuya", refused("hair", "injection", null, 12).message(Language.JA));
            assertEquals("月数は 1〜120 の整数で指定してください（指定された値：0）",
                    refused("skin", "iv", "ginza", 0).message(Language.JA));
        }

        @Test
        void theEnglishMessage_isGetMessage() {
            InvalidRequestException e = refused("skn", "iv", "ginza", 12);
            assertEquals(e.getMessage(), e.message(Language.EN));
        }
    }

    @Test
    void scenarios_areOrderedLowToHighInSessionsAndTotal() {
        Plan plan = plan(workedExample(), "skin", "injection", JAN_4_2027, 24);
        ScenarioPlan low = plan.scenario(Scenario.LOW);
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        ScenarioPlan high = plan.scenario(Scenario.HIGH);
        assertTrue(low.sessions() <= typical.sessions() && typical.sessions() <= high.sessions());
        assertTrue(low.receipt().total().isLessThan(typical.receipt().total()));
        assertTrue(typical.receipt().total().isLessThan(high.receipt().total()));
    }

    @Test
    void noClinic_namesOnlyTheClinicsThatPriceTheMethod() {
        // skin lists iv and injection; only clinic a prices iv.
        PriceSheet sheet = sheet(JPY, tax("0.10", false, TaxRounding.FLOOR), List.of(skin()),
                clinic("a", Map.of("iv", prices(yen(30000), yen(80000), yen(150000)))),
                clinic("b", Map.of("injection", prices(yen(50000), yen(100000), yen(200000)))));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Planner.plan(sheet,
                new PlanRequest("skin", "iv", Optional.empty(), LocalDate.of(2027, 1, 4), 12)));
        assertEquals("the sheet has 2 clinics, so a clinic must be chosen; clinics that price iv for skin: a",
                e.getMessage());
    }
}
