package dev.exoplan.core.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of an id in a list of ids, for many lookups with freshly read strings. A short list
 * is scanned ({@link String#equals} compares lengths first, then the characters at once), which is
 * faster than hashing a new string; a long one (a sheet of thousands of clinics) is hashed.
 */
final class IdTable {

    /** Up to this many ids are scanned rather than hashed. */
    private static final int SCAN_LIMIT = 16;

    private final String[] ids;
    private final Map<String, Integer> hashed;

    IdTable(List<String> ids) {
        this.ids = ids.toArray(String[]::new);
        if (this.ids.length > SCAN_LIMIT) {
            hashed = new HashMap<>();
            for (int i = 0; i < this.ids.length; i++) {
                hashed.putIfAbsent(this.ids[i], i);
            }
        } else {
            hashed = null;
        }
    }

    /** The position of {@code id}, or −1 when it is not in the list. */
    int indexOf(String id) {
        if (hashed != null) {
            Integer i = hashed.get(id);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return ids.length;
    }
}
