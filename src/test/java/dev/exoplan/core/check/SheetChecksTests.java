package dev.exoplan.core.check;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.USD;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.goal;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.range;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.usd;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SheetChecksTests {

    private static final Disclosure FULL = new Disclosure(Optional.of("adipose"),
            Optional.of(LocalizedText.plain("2 mL")), Optional.of(LocalizedText.plain("Lab")),
            Optional.of(LocalizedText.plain("lot tested")));

    private static Clinic clinic(Disclosure disclosure, Map<String, Range<MonetaryAmount>> p,
            Fee... fees) {
        return new Clinic("c", LocalizedText.plain("C"), disclosure, p, List.of(fees));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.pointer()).toList();
    }

    @Nested
    class Clinics {
        @Test
        void aFullyDisclosedClinicWithItsFees_hasNoFinding() {
            Clinic c = clinic(FULL, Map.of("injection", prices(yen(50000), yen(100000), yen(200000))),
                    fee("consultation", yen(0), Charge.ONCE, false),
                    fee("anaesthetic-cream", yen(3300), Charge.PER_VISIT, true, "injection"));
            assertEquals(List.of(), SheetChecks.clinic(0, c, JPY));
        }

        @Test
        void aVariantsFirstVisitAboveItsOwnPrice_isWFirstVisitHigherAtThatVariant() {
            // 1 cc: first visit ¥40,000 below its ¥44,000, kept; 2 cc: first visit ¥80,000 above its ¥77,000
            List<Variant> variants = List.of(
                    new Variant("1cc", LocalizedText.plain("1 cc"), yen(44000), Optional.of(yen(40000))),
                    new Variant("2cc", LocalizedText.plain("2 cc"), yen(77000), Optional.of(yen(80000))));
            Clinic c = new Clinic("c", LocalizedText.plain("C"), FULL, Map.of("iv", Variant.span(variants)),
                    List.of(fee("consultation", yen(0), Charge.ONCE, false)), Map.of("iv", variants), Map.of(),
                    List.of());
            List<Finding> findings = SheetChecks.clinic(0, c, JPY);
            assertEquals(List.of("W-FIRST-VISIT-HIGHER /clinics/0/prices/iv/1/firstVisit"), codes(findings));
            assertEquals("the first-visit price of iv 2cc, 80000, is above the regular price 77000 it replaces",
                    findings.get(0).message());
        }

        @Test
        void nothingDisclosed_warnsOnceForEachMissingFact() {
            Clinic c = clinic(Disclosure.NONE, Map.of("iv", prices(yen(30000), yen(80000), yen(150000))),
                    fee("consultation", yen(5500), Charge.ONCE, false));
            assertEquals(List.of("W-DISCLOSE-SOURCE /clinics/3/disclosure", "W-DISCLOSE-DOSE /clinics/3/disclosure",
                    "W-DISCLOSE-MANUFACTURER /clinics/3/disclosure", "W-DISCLOSE-QC /clinics/3/disclosure"),
                    codes(SheetChecks.clinic(3, c, JPY)));
        }

        @Test
        void injectionsWithoutACreamAndNoConsultation_warnAboutBothFees() {
            Clinic c = clinic(FULL, Map.of("injection", prices(yen(50000), yen(100000), yen(200000))),
                    fee("blood-test", yen(5500), Charge.ONCE, true));
            assertEquals(List.of("W-FEE-CONSULTATION /clinics/0/fees", "W-FEE-CREAM /clinics/0/fees"),
                    codes(SheetChecks.clinic(0, c, JPY)));
        }

        @Test
        void feesNamedOnlyInJapanese_areRecognised() {
            Clinic c = new Clinic("c", LocalizedText.plain("C"), FULL,
                    Map.of("combined", prices(yen(80000), yen(150000), yen(300000))),
                    List.of(new Fee("f1", LocalizedText.of("無料カウンセリング", null), yen(0),
                                    Charge.ONCE, false, Set.of()),
                            new Fee("f2", LocalizedText.of("表面麻酔", null), yen(2200),
                                    Charge.PER_VISIT, true, Set.of())));
            assertEquals(List.of(), SheetChecks.clinic(0, c, JPY));
        }

        @Test
        void aSessionUnder10000Yen_isImplausiblyCheap_but10000IsNot() {
            Clinic cheap = clinic(FULL, Map.of("iv", prices(yen(9999), yen(20000), yen(30000))),
                    fee("consultation", yen(0), Charge.ONCE, false));
            List<Finding> findings = SheetChecks.clinic(0, cheap, JPY);
            assertEquals(List.of("W-CHEAP /clinics/0/prices/iv/min"), codes(findings));
            assertTrue(findings.get(0).message().startsWith("the lowest iv price, 9999 JPY a session, is below 10000 JPY;"),
                    findings.get(0).message());
            Clinic fine = clinic(FULL, Map.of("iv", prices(yen(10000), yen(20000), yen(30000))),
                    fee("consultation", yen(0), Charge.ONCE, false));
            assertEquals(List.of(), SheetChecks.clinic(0, fine, JPY));
        }

        @Test
        void dollarThreshold_isSeventyDollars() {
            Clinic c = clinic(FULL, Map.of("iv", prices(usd("69.99"), usd("250.00"), usd("500.00"))),
                    fee("consultation", usd("0.00"), Charge.ONCE, false));
            assertEquals(List.of("W-CHEAP /clinics/0/prices/iv/min"), codes(SheetChecks.clinic(0, c, USD)));
        }
    }

    @Nested
    class Goals {
        @Test
        void theArticlesSchedule_hasNoFinding() {
            assertEquals(List.of(), SheetChecks.goal(goal("skin", range(3, 4, 5), range(2, 3, 4), range(2, 3, 6),
                    "iv")));
        }

        @Test
        void weeklySessionsAndMonthlyMaintenance_areOutsideTheArticle() {
            assertEquals(List.of("W-INTERVAL-INITIAL /goals/hair/initialIntervalWeeks/min",
                    "W-INTERVAL-MAINTENANCE /goals/hair/maintenanceIntervalMonths/min"),
                    codes(SheetChecks.goal(goal("hair", range(3, 4, 5), range(1, 2, 4), range(1, 2, 3), "iv"))));
        }

        @Test
        void sixWeeksApartAndYearlyMaintenance_areOutsideTheArticleAtTheTop() {
            assertEquals(List.of("W-INTERVAL-INITIAL /goals/skin/initialIntervalWeeks/max",
                    "W-INTERVAL-MAINTENANCE /goals/skin/maintenanceIntervalMonths/max"),
                    codes(SheetChecks.goal(goal("skin", range(3, 4, 5), range(2, 4, 6), range(2, 6, 12), "iv"))));
        }
    }

    @Test
    void aGoalNoClinicPrices_isUnoffered() {
        var sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR),
                List.of(goal("skin", range(3, 4, 5), range(2, 3, 4), range(2, 3, 4), "iv"),
                        goal("joint", range(3, 4, 5), range(2, 3, 4), range(2, 3, 4), "injection")),
                clinic(FULL, Map.of("iv", prices(yen(30000), yen(80000), yen(150000))),
                        fee("consultation", yen(0), Charge.ONCE, false)));
        assertEquals(List.of("W-GOAL-UNOFFERED /goals/joint"), codes(SheetChecks.of(sheet)));
    }

    @Test
    void pointers_escapeSlashAndTilde() {
        assertEquals("/goals/a~1b~0c/label", Pointers.of("goals", "a/b~c", "label"));
    }

    @Test
    void of_checksTheGoalsFirstThenEveryClinicInOrder() {
        Clinic disclosed = clinic(FULL, Map.of("iv", prices(yen(30000), yen(80000), yen(150000))),
                fee("consultation", yen(0), Charge.ONCE, false));
        Clinic silent = new Clinic("s", LocalizedText.plain("S"), Disclosure.NONE,
                Map.of("iv", prices(yen(30000), yen(80000), yen(150000))), List.of(fee("consultation", yen(0),
                Charge.ONCE, false)));
        var sheet = sheet(JPY, tax("0.10", true, TaxRounding.FLOOR),
                List.of(goal("hair", range(3, 4, 5), range(2, 3, 4), range(1, 2, 3), "iv")), disclosed, silent);
        assertEquals(List.of("W-INTERVAL-MAINTENANCE /goals/hair/maintenanceIntervalMonths/min",
                "W-DISCLOSE-SOURCE /clinics/1/disclosure", "W-DISCLOSE-DOSE /clinics/1/disclosure",
                "W-DISCLOSE-MANUFACTURER /clinics/1/disclosure", "W-DISCLOSE-QC /clinics/1/disclosure"),
                codes(SheetChecks.of(sheet)));
    }
}
