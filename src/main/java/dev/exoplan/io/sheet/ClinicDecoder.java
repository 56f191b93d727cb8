package dev.exoplan.io.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.io.json.Pointer;
import dev.exoplan.io.sheet.form.ClinicForms;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes one clinic of a price sheet with its form ({@link ClinicForms}: its name, disclosure, prices,
 * fees, packages with their cancellation terms, closed weekdays and credit plans), and keeps the parts
 * that read ({@link Parts}) for the article's checks that need only that part.
 */
abstract class ClinicDecoder extends SheetValues {

    Parts parts = Parts.NONE;

    /**
     * What of the last clinic decoded without an error, each part on its own, for the article's checks
     * that need only that part: its id, its disclosure, its fees, and the method keys of its prices
     * (whatever their values).
     */
    record Parts(Optional<String> id, Optional<Disclosure> disclosure, Optional<List<Fee>> fees,
            Optional<Set<String>> priced) {
        static final Parts NONE = new Parts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The clinic (an object) at {@code at}, when it reads without an error; its parts either way. */
    Optional<Clinic> clinic(JsonNode node, Pointer at) {
        ClinicForms.Read read = ClinicForms.read(this, node, at);
        parts = new Parts(read.id(), read.disclosure(), read.fees(), read.priced());
        return read.clinic();
    }
}
