package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListCommandTests {

    @Test
    void text_listsEveryGoalMethodAndClinicWithItsId() {
        Result r = exoplan("list");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("  skin          Skin rejuvenation / anti-ageing"), r.out());
        assertTrue(r.out().contains("  iv         IV drip"), r.out());
        assertTrue(r.out().contains("  sample-b  Sample Clinic B (fictional)"), r.out());
        assertTrue(r.out().contains("    iv        ¥30,000 – ¥150,000 typical ¥80,000"), r.out());
    }

    @Test
    void japanese_usesTheJapaneseLabels() {
        Result r = exoplan(Map.of(), "", Locale.JAPAN, "list");
        assertTrue(r.out().contains("  skin          美肌・エイジングケア"), r.out());
        assertTrue(r.out().contains("30,000円 – 150,000円 標準 80,000円"), r.out());
    }

    @Test
    void json_givesIdsLabelsAndPlainPrices() throws Exception {
        Result r = exoplan("list", "--format", "json", "--pricing", PlanCommandTests.WORKED_EXAMPLE);
        JsonNode list = new ObjectMapper().readTree(r.out());
        List<String> goals = new ArrayList<>();
        list.get("goals").forEach(g -> goals.add(g.get("id").asText()));
        assertEquals(List.of("skin"), goals);
        assertEquals(false, list.get("taxIncluded").asBoolean());
        JsonNode iv = list.get("clinics").get(0).get("prices").get("iv");
        assertEquals("30000", iv.get("min").asText());
        assertEquals("80000", iv.get("typical").asText());
        assertEquals("150000", iv.get("max").asText());
    }

    @Test
    void aBrokenSheet_exits1() {
        Result r = exoplan("list", "--pricing", "no-such.json");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("", r.out());
    }

    @Test
    void goals_listsOnlyTheGoals() {
        Result r = exoplan("goals");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Goals (--goal) and the methods that fit them\n  skin"), r.out());
        assertTrue(!r.out().contains("Methods (--method)") && !r.out().contains("Clinics (--clinic)"), r.out());
    }

    @Test
    void methods_listsOnlyTheMethods() throws Exception {
        JsonNode json = new ObjectMapper().readTree(exoplan("methods", "--format", "json").out());
        assertEquals(3, json.get("methods").size());
        assertTrue(json.get("goals") == null && json.get("clinics") == null, json::toString);
    }

    @Test
    void completion_printsABashScriptThatKnowsEveryCommand() {
        Result r = exoplan("completion", "bash");
        assertEquals(0, r.code(), r.err());
        for (String command : List.of("plan", "compare", "quote", "validate", "goals")) {
            assertTrue(r.out().contains(command), command);
        }
        assertEquals(ExitCodes.USAGE, exoplan("completion", "fish").code());
    }

    @Test
    void version_namesTheVersionAndTheBuild() {
        Result r = exoplan("--version");
        assertTrue(r.out().matches("(?s)exoplan \\S+ \\(built [^)]+\\)\nJava .*"), r.out());
    }
}
