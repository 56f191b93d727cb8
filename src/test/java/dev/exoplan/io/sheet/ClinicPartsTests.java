package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.sheet.Disclosure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts of a clinic with an error that the article's checks may still look at: a disclosure is one
 * only when nothing in it, not even a null in its place, had an error.
 */
class ClinicPartsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SheetDecoder decoderWithCleanHeader() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/sheets/clean.json")));
        root.remove("clinics");
        SheetDecoder decoder = new SheetDecoder();
        assertTrue(decoder.header(root));
        assertEquals(0, decoder.errorCount());
        return decoder;
    }

    @Test
    void clinicWithAnErrorAndNoDisclosure_keepsTheEmptyDisclosureAsAPart() throws Exception {
        SheetDecoder decoder = decoderWithCleanHeader();
        // no name: an error of the clinic, none of its disclosure
        decoder.clinic(0, JSON.readTree("{\"id\": \"a\", \"prices\": {\"iv\": {\"min\": 1, \"max\": 2}}}"));
        assertEquals(Optional.of(Disclosure.NONE), decoder.parts().disclosure());
    }

    @Test
    void clinicWithAnErrorAndANullDisclosure_hasNoDisclosurePart() throws Exception {
        SheetDecoder decoder = decoderWithCleanHeader();
        decoder.clinic(0, JSON.readTree(
                "{\"id\": \"a\", \"disclosure\": null, \"prices\": {\"iv\": {\"min\": 1, \"max\": 2}}}"));
        assertEquals(Optional.empty(), decoder.parts().disclosure());
        assertEquals(Optional.of("a"), decoder.parts().id());
    }
}
