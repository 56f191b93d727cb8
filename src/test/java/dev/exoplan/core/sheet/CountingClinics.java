package dev.exoplan.core.sheet;

import dev.exoplan.core.sheet.PriceSheet.ClinicList;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ClinicList} as a chain's sheet has one, for tests: it counts every clinic it builds (a copy
 * of the one given, as a list decoding again would make), so a test can pin that a command walks the
 * clinics once, or never builds them for their ids.
 */
public final class CountingClinics extends ClinicList {

    private final List<Clinic> clinics;
    private final List<Integer> built = new ArrayList<>();

    public CountingClinics(List<Clinic> clinics) {
        this.clinics = List.copyOf(clinics);
    }

    @Override
    public Clinic get(int index) {
        Clinic c = clinics.get(index);
        built.add(index);
        return new Clinic(c.id(), c.name(), c.disclosure(), c.prices(), c.fees(), c.variants(), c.firstVisits(),
                c.packages(), c.cancellation(), c.closed());
    }

    @Override
    public int size() {
        return clinics.size();
    }

    @Override
    public String id(int index) {
        return clinics.get(index).id();
    }

    @Override
    public int indexOf(String id) {
        for (int i = 0; i < clinics.size(); i++) {
            if (clinics.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The positions of the clinics built so far, in the order they were built. */
    public List<Integer> built() {
        return List.copyOf(built);
    }
}
