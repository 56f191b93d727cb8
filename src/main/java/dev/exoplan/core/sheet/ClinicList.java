package dev.exoplan.core.sheet;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The clinics of a sheet that are not all held as objects: a comparison site's sheet lists a hundred
 * thousand, far more than fit a small heap as {@link Clinic} records. Such a list keeps each clinic in a
 * compact form and builds the record each time {@link #get} asks for it, so a caller that walks the
 * list holds one clinic at a time; the ids stay at hand for lookups that must not build every clinic.
 * Immutable, like the lists a {@link PriceSheet} holds otherwise.
 */
public abstract class ClinicList extends AbstractList<Clinic> implements RandomAccess {

    /** The id of clinic {@code index}, without building the clinic. */
    public abstract String id(int index);

    /** The position of the clinic with this id, or −1 when the sheet has none. */
    public abstract int indexOf(String id);

    /** The ids, in the sheet's order, as a list that builds no clinic. */
    public final List<String> ids() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return id(index);
            }

            @Override
            public int size() {
                return ClinicList.this.size();
            }
        };
    }
}
