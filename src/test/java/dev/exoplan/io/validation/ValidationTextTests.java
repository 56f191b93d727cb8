package dev.exoplan.io.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.json.TextPosition;
import dev.exoplan.io.sheet.SheetFinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The excerpt of a long line under a finding: cut around the column, never through a character. */
class ValidationTextTests {

    private static String[] rendered(String line, int column) {
        SheetFinding finding = new SheetFinding("f.json", Optional.of(new TextPosition(7, column)),
                Finding.error("E-X", "/a", "message", "fix"));
        FileValidation file = new FileValidation("f.json", List.of(finding), 1, 0, 0, Map.of(7, line));
        return ValidationText.render(List.of(file), true, 100, Language.EN).split("\n");
    }

    @Test
    void aShortLine_isShownWhole() {
        // Column 3 of "ab🚀": the caret under 🚀 after a and b, 1 + 1 = 2 columns in.
        String[] out = rendered("ab🚀", 3);

        assertEquals(" 7 | ab🚀", out[1]);
        assertEquals("   | " + "  " + "^", out[2]);
    }

    @Test
    void aLongLine_isCutAroundTheColumn_withAnEllipsisEachSide() {
        // 200 characters, column 100: from character 39 (100 - 1 - 60) to 159 (100 - 1 + 60); before the
        // caret "…" 1 + 60 = 61 columns.
        String line = "a".repeat(39) + "b".repeat(120) + "c".repeat(41);
        String[] out = rendered(line, 100);

        assertEquals(" 7 | …" + "b".repeat(120) + "…", out[1]);
        assertEquals("   | " + " ".repeat(61) + "^", out[2]);
    }

    @Test
    void aCutThroughAnEmoji_takesTheWholeEmojiAtEitherEnd() {
        // Column 100 cuts at characters 39 and 159. 🚀 (a surrogate pair) is characters 38–39 and another
        // 158–159, so the excerpt runs from 38 to 160 and shows both whole instead of two U+FFFD.
        // Before the caret: "…" 1 + 🚀 2 + characters 40–98, 59: 1 + 2 + 59 = 62 columns.
        String line = "a".repeat(38) + "🚀" + "x".repeat(118) + "🚀" + "c".repeat(20);
        String[] out = rendered(line, 100);

        assertEquals(" 7 | …🚀" + "x".repeat(118) + "🚀…", out[1]);
        assertEquals("   | " + " ".repeat(62) + "^", out[2]);
    }
}
