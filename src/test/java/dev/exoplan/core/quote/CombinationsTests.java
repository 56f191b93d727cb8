package dev.exoplan.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.sheet.CountingClinics;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.io.sheet.PriceSheets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every goal × method × clinic of the built-in sheet. Its 11 goals list 15 methods in all — skin 3 (iv,
 * injection, combined), hair 2 (injection, combined), inflammation 2 (iv, injection), and fatigue, immunity,
 * vascular, neuro, menopause, allergy (iv), ed, joint (injection) 1 each: 3 + 2 + 2 + 8 = 15. sample-a
 * prices iv, injection and combined: 15 rows; sample-b no combined: 15 − 2 (skin, hair) = 13;
 * sample-c prices iv only: the 8 goals that list it; 36 in all.
 */
class CombinationsTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static PriceSheet sheet() throws Exception {
        return PriceSheets.embedded().sheet();
    }

    private static List<String> rows(List<String> goals, List<String> methods, List<String> clinics,
            Optional<String> variant) throws Exception {
        return Combinations.of(sheet(), goals, methods, clinics, START, 12, variant).stream()
                .map(r -> r.clinic().orElseThrow() + " " + r.goal() + " " + r.method()).toList();
    }

    private static List<String> rows(List<String> goals, List<String> methods, List<String> clinics)
            throws Exception {
        return rows(goals, methods, clinics, Optional.empty());
    }

    @Test
    void noFilter_isEveryMethodAGoalListsAndAClinicPrices_sortedByClinicGoalMethod() throws Exception {
        List<String> all = rows(List.of(), List.of(), List.of());
        assertEquals(36, all.size()); // 15 + 13 + 8
        assertEquals(List.of("sample-a allergy iv", "sample-a ed injection", "sample-a fatigue iv",
                "sample-a hair combined", "sample-a hair injection", "sample-a immunity iv",
                "sample-a inflammation injection", "sample-a inflammation iv", "sample-a joint injection",
                "sample-a menopause iv", "sample-a neuro iv", "sample-a skin combined", "sample-a skin injection",
                "sample-a skin iv", "sample-a vascular iv"), all.subList(0, 15));
        assertEquals(List.of("sample-b allergy iv", "sample-b ed injection", "sample-b fatigue iv",
                "sample-b hair injection", "sample-b immunity iv", "sample-b inflammation injection",
                "sample-b inflammation iv", "sample-b joint injection", "sample-b menopause iv", "sample-b neuro iv",
                "sample-b skin injection", "sample-b skin iv", "sample-b vascular iv"), all.subList(15, 28));
        assertEquals(List.of("sample-c allergy iv", "sample-c fatigue iv", "sample-c immunity iv",
                "sample-c inflammation iv", "sample-c menopause iv", "sample-c neuro iv", "sample-c skin iv",
                "sample-c vascular iv"), all.subList(28, 36));
    }

    @Test
    void methodFilter_keepsThatMethodAtEveryClinic() throws Exception {
        // 8 goals list iv (skin, inflammation and the 6 iv-only ones) × 3 clinics = 24.
        assertEquals(24, rows(List.of(), List.of("iv"), List.of()).size());
        // combined: skin and hair, at sample-a only = 2.
        assertEquals(List.of("sample-a hair combined", "sample-a skin combined"),
                rows(List.of(), List.of("combined"), List.of()));
    }

    @Test
    void goalAndClinicFilters_narrowTogether() throws Exception {
        // skin at sample-b: iv and injection (no combined) = 2, methods sorted.
        assertEquals(List.of("sample-b skin injection", "sample-b skin iv"),
                rows(List.of("skin"), List.of(), List.of("sample-b")));
        // skin and hair at sample-a: 3 + 2 = 5; repeated filters are each kept.
        assertEquals(5, rows(List.of("skin", "hair"), List.of(), List.of("sample-a")).size());
        // hair has no iv: 0.
        assertEquals(List.of(), rows(List.of("hair"), List.of("iv"), List.of()));
    }

    @Test
    void idsTheSheetLacks_matchNothing() throws Exception {
        assertEquals(List.of(), rows(List.of("teeth"), List.of(), List.of()));
        assertEquals(List.of(), rows(List.of(), List.of(), List.of("sample-d")));
    }

    @Test
    void variant_keepsOnlyMethodsPricedWithIt() throws Exception {
        // The built-in sheet prices no method by variant: nothing has 2cc.
        assertEquals(List.of(), rows(List.of(), List.of(), List.of(), Optional.of("2cc")));
    }

    @Test
    void everyRequest_hasThePeriodAndVariantAsked() throws Exception {
        List<PlanRequest> requests = Combinations.of(sheet(), List.of("ed"), List.of(), List.of(), START, 24,
                Optional.empty());
        assertEquals(List.of(new PlanRequest("ed", "injection", Optional.of("sample-a"), START, 24),
                new PlanRequest("ed", "injection", Optional.of("sample-b"), START, 24)), requests);
    }

    @Test
    void stream_ofAClinicList_buildsEachClinicWhenItsRequestsAreTaken_inIdOrder_andSkipsTheFilteredOut()
            throws Exception {
        PriceSheet embedded = sheet();
        CountingClinics list = new CountingClinics(List.of(embedded.clinics().get(2), embedded.clinics().get(0),
                embedded.clinics().get(1)));
        PriceSheet sheet = new PriceSheet(1, embedded.currency(), embedded.tax(), embedded.notice(),
                embedded.methods(), embedded.goals(), list);
        Iterator<PlanRequest> requests = Combinations.stream(sheet, List.of("skin"), List.of(), List.of("sample-a",
                "sample-c"), START, 12, Optional.empty()).iterator();
        assertEquals(List.of(), list.built());
        // sample-a (position 1 here) comes first by id; sample-b (position 2) is filtered out, never built
        assertEquals("sample-a skin combined", text(requests.next()));
        assertEquals(List.of(1), list.built());
        List<String> rest = new ArrayList<>();
        requests.forEachRemaining(r -> rest.add(text(r)));
        assertEquals(List.of("sample-a skin injection", "sample-a skin iv", "sample-c skin iv"), rest);
        assertEquals(List.of(1, 0), list.built());
    }

    private static String text(PlanRequest r) {
        return r.clinic().orElseThrow() + " " + r.goal() + " " + r.method();
    }
}
