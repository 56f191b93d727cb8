package dev.exoplan.io.validation;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.TextPosition;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validation findings as text, one line each in compiler style, optionally followed by the offending
 * line of the file and a caret under the column (for a terminal), a line per file naming the
 * article's checks that errors kept from running, and a closing summary such as
 * {@code 1 file: 2 errors, 3 warnings}.
 */
public final class ValidationText implements Renderer<ValidationReport> {

    /** Excerpts of very long lines (a minified sheet) show this many characters each side of the column. */
    private static final int EXCERPT_RADIUS = 60;

    private final Language language;
    private final boolean excerpts;

    /** @param excerpts show each finding's line with a caret under its column (for a terminal) */
    public ValidationText(Language language, boolean excerpts) {
        this.language = language;
        this.excerpts = excerpts;
    }

    @Override
    public String render(ValidationReport report) {
        return render(report.files(), excerpts, report.maxFindings(), language);
    }

    public static String render(List<FileValidation> files, boolean excerpts, int maxFindings, Language language) {
        StringBuilder out = new StringBuilder();
        int errors = 0;
        int warnings = 0;
        int leftOut = 0;
        for (FileValidation file : files) {
            for (SheetFinding finding : file.shown()) {
                out.append(SafeText.forPeople(finding.oneLine(language))).append('\n');
                if (excerpts && finding.position().isPresent()
                        && file.lines().containsKey(finding.position().get().line())) {
                    excerpt(file.lines().get(finding.position().get().line()), finding.position().get(), out);
                }
            }
            if (!file.skipped().isEmpty()) {
                out.append(SafeText.forPeople(skipped(file, new Texts(language)))).append('\n');
            }
            errors += file.errors();
            warnings += file.warnings();
            leftOut += file.leftOut();
        }
        Texts texts = new Texts(language);
        if (leftOut > 0) {
            out.append(texts.get("validate.leftOut", leftOut, String.valueOf(maxFindings))).append('\n');
        }
        out.append(texts.get("validate.summary", files.size(), errors, warnings)).append('\n');
        return out.toString();
    }

    /** {@code pricing.json: not checked because of errors there: /clinics/1 (cheap, offers) — …}. */
    private static String skipped(FileValidation file, Texts texts) {
        String places = file.skipped().stream()
                .map(s -> s.pointer() + " (" + s.checks().stream().map(Check::id).collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining("; "));
        String more = file.skippedLeftOut() > 0 ? texts.get("validate.skipped.more", file.skippedLeftOut()) : "";
        return texts.get("validate.skipped", file.file(), places, more);
    }

    private static void excerpt(String line, TextPosition at, StringBuilder out) {
        int column = Math.min(at.column(), line.length() + 1);
        int from = 0;
        String lead = "";
        String tail = "";
        if (line.length() > 2 * EXCERPT_RADIUS) {
            from = Math.max(0, column - 1 - EXCERPT_RADIUS);
            int to = Math.min(line.length(), column - 1 + EXCERPT_RADIUS);
            // Never through a character beyond U+FFFF (an emoji): the excerpt takes the whole of it.
            if (from > 0 && Character.isLowSurrogate(line.charAt(from))
                    && Character.isHighSurrogate(line.charAt(from - 1))) {
                from--;
            }
            if (to < line.length() && Character.isLowSurrogate(line.charAt(to))
                    && Character.isHighSurrogate(line.charAt(to - 1))) {
                to++;
            }
            lead = from > 0 ? "…" : "";
            tail = to < line.length() ? "…" : "";
            line = line.substring(from, to);
        }
        String shown = SafeText.forPeople(lead + line + tail);
        String number = String.valueOf(at.line());
        String gutter = " ".repeat(number.length());
        int caretAt = DisplayWidth.of(SafeText.forPeople(lead + line.substring(0, Math.min(line.length(),
                column - 1 - from))));
        out.append(' ').append(number).append(" | ").append(shown.stripTrailing()).append('\n');
        out.append(' ').append(gutter).append(" | ").append(" ".repeat(caretAt)).append("^\n");
    }

}
