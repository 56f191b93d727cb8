package dev.exoplan.core.sheet;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.clinic;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.PriceSheet.ClinicList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sheet's clinics, held as records or built when asked for ({@link ClinicList}). */
class PriceSheetTests {

    private static final List<Clinic> THREE = List.of(
            clinic("c", Map.of("iv", prices(yen(1), yen(2), yen(3)))),
            clinic("a", Map.of("iv", prices(yen(4), yen(5), yen(6)))),
            clinic("b", Map.of("injection", prices(yen(7), yen(8), yen(9)))));

    private static PriceSheet sheet(List<Clinic> clinics) {
        return new PriceSheet(1, JPY, tax("0.10", true, TaxRounding.FLOOR), Optional.empty(), Map.of(),
                Map.of("skin", skin()), clinics);
    }

    @Test
    void heldClinics_areCopied_soTheCallersListCannotChangeTheSheet() {
        List<Clinic> mine = new ArrayList<>(THREE);
        PriceSheet sheet = sheet(mine);
        mine.clear();
        assertEquals(List.of("c", "a", "b"), sheet.clinicIds());
        assertThrows(UnsupportedOperationException.class, () -> sheet.clinics().clear());
    }

    @Test
    void aClinicList_isKeptAsItIs_andNoClinicIsBuiltForTheSheet() {
        CountingClinics list = new CountingClinics(THREE);
        PriceSheet sheet = sheet(list);
        assertSame(list, sheet.clinics());
        assertEquals(List.of(), list.built());
    }

    @Test
    void clinicIds_ofAClinicList_buildNoClinic() {
        CountingClinics list = new CountingClinics(THREE);
        List<String> ids = sheet(list).clinicIds();
        assertEquals(List.of("c", "a", "b"), ids);
        assertEquals(3, ids.size());
        assertEquals(List.of(), list.built());
    }

    @Test
    void clinicById_ofAClinicList_buildsThatClinicOnly() {
        CountingClinics list = new CountingClinics(THREE);
        PriceSheet sheet = sheet(list);
        assertEquals(THREE.get(2), sheet.clinic("b").orElseThrow());
        assertEquals(List.of(2), list.built());
        assertEquals(THREE.get(0), sheet.clinic("c").orElseThrow()); // the first, at 0
        assertEquals(Optional.empty(), sheet.clinic("d"));
        assertEquals(List.of(2, 0), list.built());
    }

    @Test
    void clinicById_ofHeldClinics_findsItOrNothing() {
        PriceSheet sheet = sheet(THREE);
        assertSame(THREE.get(1), sheet.clinic("a").orElseThrow());
        assertEquals(Optional.empty(), sheet.clinic("d"));
    }
}
