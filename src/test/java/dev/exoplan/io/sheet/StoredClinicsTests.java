package dev.exoplan.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.quote.Combinations;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.PriceSheet.ClinicList;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.compare.ComparisonCsv;
import dev.exoplan.io.compare.ComparisonJson;
import dev.exoplan.io.compare.ComparisonReport;
import dev.exoplan.io.compare.ComparisonText;
import dev.exoplan.io.list.SheetJson;
import dev.exoplan.io.list.SheetListing;
import dev.exoplan.io.list.SheetText;
import dev.exoplan.io.quote.QuoteTable;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sheet that keeps more clinics than it holds as records keeps them compact and decodes each again
 * when asked for: every clinic, and so every output, is the same as from the clinics held.
 */
class StoredClinicsTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /** The sheet read with every clinic held as a record. */
    private static PriceSheet held(byte[] json) {
        return read(json, Integer.MAX_VALUE);
    }

    /** The sheet read with every clinic kept compact. */
    private static PriceSheet stored(byte[] json) {
        return read(json, 0);
    }

    private static PriceSheet read(byte[] json, int heldLimit) {
        SheetReader.Result result = SheetReader.read(new ByteArrayInputStream(json), "test.json", id -> true,
                heldLimit, false, f -> { }, s -> { });
        assertFalse(result.hasErrors());
        return result.sheet().orElseThrow();
    }

    private static byte[] builtIn() throws Exception {
        try (InputStream in = PriceSheets.class.getResourceAsStream("/dev/exoplan/pricing.json")) {
            return in.readAllBytes();
        }
    }

    /**
     * The built-in sheet with its clinics repeated {@code copies} times, each copy's ids ending in
     * {@code -k}, listed last copy first (so the sheet's order is not the ids' order).
     */
    private static byte[] chain(int copies) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(builtIn());
        ArrayNode clinics = (ArrayNode) root.get("clinics");
        ArrayNode all = mapper.createArrayNode();
        for (int k = copies; k >= 1; k--) {
            for (var clinic : clinics) {
                ObjectNode copy = clinic.deepCopy();
                copy.put("id", clinic.get("id").textValue() + "-" + k);
                all.add(copy);
            }
        }
        root.set("clinics", all);
        return mapper.writeValueAsBytes(root);
    }

    @Test
    void theBuiltInSheet_keptCompact_hasTheSameClinics() throws Exception {
        PriceSheet held = held(builtIn());
        PriceSheet stored = stored(builtIn());
        assertInstanceOf(ClinicList.class, stored.clinics());
        assertFalse(held.clinics() instanceof ClinicList);
        assertEquals(held.clinics(), stored.clinics());
        assertEquals(held.clinicIds(), stored.clinicIds());
        assertEquals(held, stored);
    }

    @Test
    void theExamples_keptCompact_haveTheSameClinics() throws Exception {
        for (Path example : Files.newDirectoryStream(Path.of("examples"), "*.json")) {
            byte[] json = Files.readAllBytes(example);
            assertEquals(held(json).clinics(), stored(json).clinics(), example.toString());
        }
    }

    /**
     * Decimals keep their scale and exponents their form (80.50 stays 80.50, 1.5E+2 and 2.001E+2 keep their form), so a
     * price decoded again is the same amount the first reading checked.
     */
    @Test
    void decimalPrices_decodedAgain_areTheSameAmounts() {
        String json = """
                {"schemaVersion": 1, "currency": "USD", "tax": {"rate": 0.08875, "included": false, "rounding": "half-up"},
                 "methods": {"iv": {"label": {"ja": "点滴", "en": "IV"}}},
                 "goals": {"skin": {"label": {"ja": "肌", "en": "Skin"}, "methods": ["iv"],
                   "initialSessions": {"min": 3, "typical": 5, "max": 6},
                   "initialIntervalWeeks": {"min": 2, "typical": 3, "max": 4},
                   "maintenanceIntervalMonths": {"min": 2, "typical": 3, "max": 6}}},
                 "clinics": [{"id": "a", "name": {"ja": "A", "en": "A"},
                   "prices": {"iv": {"min": 80.50, "typical": 1.5E+2, "max": 2.001E+2}}}]}
                """;
        Clinic held = held(json.getBytes(UTF_8)).clinics().get(0);
        Clinic stored = stored(json.getBytes(UTF_8)).clinics().get(0);
        assertEquals(held, stored);
        assertEquals(held.price("iv").orElseThrow().toString(), stored.price("iv").orElseThrow().toString());
    }

    @Test
    void aClinic_isLookedUpById_withoutBuildingTheOthers_andAskedTwiceIsBuiltOnce() throws Exception {
        PriceSheet stored = stored(chain(3));
        ClinicList list = (ClinicList) stored.clinics();
        assertEquals(9, list.size());
        assertEquals(List.of("sample-a-3", "sample-b-3", "sample-c-3", "sample-a-2", "sample-b-2", "sample-c-2",
                "sample-a-1", "sample-b-1", "sample-c-1"), list.ids());
        assertEquals(4, list.indexOf("sample-b-2"));
        assertEquals(-1, list.indexOf("sample-b"));
        Clinic b2 = stored.clinic("sample-b-2").orElseThrow();
        assertEquals("sample-b-2", b2.id());
        assertSame(b2, list.get(4));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(9));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
    }

    /** 64 clinics are kept decoded: the 65th clinic asked for takes the first one's place. */
    @Test
    void onlyTheLastClinicsAskedFor_areKeptDecoded() throws Exception {
        ClinicList list = (ClinicList) stored(chain(22)).clinics(); // 66 clinics
        Clinic first = list.get(0);
        assertSame(first, list.get(0));
        list.get(64); // the same slot: 64 mod 64 = 0
        Clinic again = list.get(0);
        assertNotSame(first, again);
        assertEquals(first, again);
    }

    @Test
    void aSheetOfMoreClinicsThanItHolds_keepsThemCompact_andUpToTheLimitHoldsThem() throws Exception {
        byte[] json = chain(2); // 6 clinics
        assertInstanceOf(ClinicList.class, read(json, 5).clinics());
        assertFalse(read(json, 6).clinics() instanceof ClinicList);
        assertEquals(read(json, 6).clinics(), read(json, 5).clinics());
    }

    @Test
    void keepingSomeClinics_keepsOnlyThose_compactOrNot() throws Exception {
        byte[] json = chain(3);
        for (int limit : new int[] {0, 100}) {
            SheetReader.Result result = SheetReader.read(new ByteArrayInputStream(json), "test.json",
                    id -> id.startsWith("sample-c"), limit, false, f -> { }, s -> { });
            assertEquals(List.of("sample-c-3", "sample-c-2", "sample-c-1"), result.sheet().orElseThrow().clinicIds());
        }
    }

    /** list, compare and quote write the same bytes from a chain's sheet kept compact as from it held. */
    @Test
    void everyOutput_ofAChainsSheet_isTheSameKeptCompactOrHeld() throws Exception {
        byte[] json = chain(12); // 36 clinics
        PriceSheet held = held(json);
        PriceSheet stored = stored(json);
        for (Language lang : List.of(Language.JA, Language.EN)) {
            SheetListing all = new SheetListing(held, EnumSet.allOf(SheetListing.Section.class));
            SheetListing allStored = new SheetListing(stored, EnumSet.allOf(SheetListing.Section.class));
            assertEquals(new SheetText(lang).render(all), written(new SheetText(lang), allStored));
            assertEquals(new SheetJson(lang).render(all), written(new SheetJson(lang), allStored));
            for (String goal : List.of("skin", "hair")) {
                ComparisonReport a = new ComparisonReport(Comparison.of(held, goal, Set.of(), Set.of(), START, 12),
                        OptionalLong.of(500_000));
                ComparisonReport b = new ComparisonReport(Comparison.of(stored, goal, Set.of(), Set.of(), START,
                        12), OptionalLong.of(500_000));
                assertEquals(new ComparisonText(lang, false).render(a), new ComparisonText(lang, false).render(b));
                assertEquals(new ComparisonJson(lang).render(a), written(new ComparisonJson(lang), b));
                assertEquals(new ComparisonCsv(lang, false).render(a), written(new ComparisonCsv(lang, false), b));
            }
            assertEquals(quotes(held, lang), quotes(stored, lang));
        }
        assertTrue(quotes(held, Language.EN).lines().count() > 36, "a row per clinic, goal and method");
    }

    private static <T> String written(dev.exoplan.io.Renderer<T> renderer, T result) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(result, out);
        return out.toString();
    }

    private static String quotes(PriceSheet sheet, Language lang) throws Exception {
        StringWriter out = new StringWriter();
        QuoteTable table = QuoteTable.create(QuoteTable.Format.CSV, out, lang, false,
                sheet.clinics().stream().anyMatch(c -> !c.variants().isEmpty()));
        Quoter quoter = new Quoter(sheet);
        List<String> failures = new ArrayList<>();
        Combinations.stream(sheet, List.of(), List.of(), List.of(), START, 12, Optional.empty())
                .forEach(r -> {
                    try {
                        table.write(quoter.quote(r));
                    } catch (Exception e) {
                        failures.add(r + ": " + e);
                    }
                });
        table.finish();
        assertEquals(List.of(), failures);
        return out.toString();
    }
}
