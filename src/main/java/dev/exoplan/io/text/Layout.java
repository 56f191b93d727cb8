package dev.exoplan.io.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text layout for people: aligned tables and wrapped paragraphs, aware of wide (Japanese) characters, to
 * fit the width of what they are written to ({@value #DEFAULT_WIDTH} columns unless told otherwise).
 */
public final class Layout {

    /** The width of a terminal when nothing says otherwise, and of every output written without a width. */
    public static final int DEFAULT_WIDTH = 80;
    /** The narrowest width exoplan lays text out for: below it, a table of amounts cannot be read anyway. */
    public static final int MIN_WIDTH = 40;
    /** The widest: past it, a terminal's lines are not read as lines. */
    public static final int MAX_WIDTH = 200;

    /** The width paragraphs are wrapped to at {@value #DEFAULT_WIDTH} columns and wider, in terminal columns. */
    static final int WRAP = 78;

    private Layout() {
    }

    /** {@code columns} within {@link #MIN_WIDTH} and {@link #MAX_WIDTH}. */
    public static int width(int columns) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns));
    }

    /**
     * The measure of a paragraph at {@code width}: two columns short of it, and never more than
     * {@value #WRAP} (a wide terminal's line of 200 columns is not read as one line).
     */
    static int measure(int width) {
        return Math.min(WRAP, width - 2);
    }

    /** Columns padded to their widest cell (in terminal columns), numbers right-aligned; at 80 columns. */
    public static void table(List<String[]> rows, boolean[] right, String gap, StringBuilder out) {
        table(DEFAULT_WIDTH, rows, right, gap, false, out);
    }

    /**
     * Columns padded to their widest cell, numbers right-aligned, in at most {@code width} columns. A table
     * too wide keeps two spaces between columns instead of {@code gap}; still too wide, the text of its
     * widest left-aligned column is wrapped within its cell, the row's other cells on its first line;
     * where even that leaves the column too narrow for its longest word, every row becomes a block: with
     * {@code headers} (the first row), as {@link #tableOrStack} writes them ("typical ¥539,000"), without,
     * its cells wrapped one after the other. An amount, a date or an id is never split: they are the cells
     * that do not wrap, and inside a wrapped cell they stay whole (see {@link #wrap}).
     */
    public static void table(int width, List<String[]> rows, boolean[] right, String gap, boolean headers,
            StringBuilder out) {
        width = Math.min(MAX_WIDTH, width);
        int[] widths = widths(rows, right.length);
        if (total(widths, gap) > width && gap.length() > 2) {
            gap = "  ";
        }
        if (total(widths, gap) <= width) {
            for (String[] row : rows) {
                out.append(line(row, right, widths, gap)).append('\n');
            }
            return;
        }
        int column = widestLeft(widths, right);
        int room = column < 0 ? 0 : width - (total(widths, gap) - widths[column]);
        int longest = 0;
        if (column >= 0) {
            for (String[] row : rows) {
                if (column < row.length) {
                    for (String word : words(row[column])) {
                        longest = Math.max(longest, DisplayWidth.of(word.stripTrailing()));
                    }
                }
            }
        }
        // A column narrower than 16 reads as a list of words: then blocks read better.
        if (column < 0 || room < Math.max(16, longest)) {
            stackAll(width, rows, headers, out);
            return;
        }
        widths[column] = room;
        for (String[] row : rows) {
            List<String> pieces = column < row.length ? lines(row[column], room) : List.of("");
            String[] first = row.clone();
            if (column < first.length) {
                first[column] = pieces.get(0);
            }
            out.append(line(first, right, widths, gap)).append('\n');
            for (int p = 1; p < pieces.size(); p++) {
                String[] more = new String[row.length];
                java.util.Arrays.fill(more, "");
                more[column] = pieces.get(p);
                out.append(line(more, right, widths, gap)).append('\n');
            }
        }
    }

    /** Every row of a table too wide for {@code width}, as a block: the first cell, the others under it. */
    private static void stackAll(int width, List<String[]> rows, boolean headed, StringBuilder out) {
        for (int r = headed ? 1 : 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (headed) {
                stacked(width, rows.get(0), row, 1, out);
            } else {
                // The row's cells on a line as far as they go, its own indent kept, then hanging under it.
                List<String> cells = new ArrayList<>();
                for (String cell : row) {
                    if (!cell.isBlank()) {
                        cells.add(cell.strip());
                    }
                }
                String indent = "  " + row[0].substring(0, row[0].length() - row[0].stripLeading().length());
                String hanging = indent + "    ";
                List<String> lines = lines(String.join("  ", cells), Math.max(10, measure(width) - hanging.length()));
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i == 0 ? indent : hanging).append(lines.get(i)).append('\n');
                }
            }
        }
    }

    private static int total(int[] widths, String gap) {
        int total = 2 + gap.length() * Math.max(0, widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    /** The widest left-aligned column, or -1. */
    private static int widestLeft(int[] widths, boolean[] right) {
        int widest = -1;
        for (int c = 0; c < widths.length; c++) {
            if (!right[c] && (widest < 0 || widths[c] > widths[widest])) {
                widest = c;
            }
        }
        return widest;
    }

    /**
     * The rows as a {@link #table} when it fits an 80-column terminal; otherwise stacked, one block per
     * row: its first {@code lead} cells on one line, then every other non-empty cell after its header
     * ("typical total ¥539,000"), joined by " · " and wrapped under it. The first row is the headers.
     */
    public static void tableOrStack(List<String[]> rows, boolean[] right, int lead, StringBuilder out) {
        tableOrStack(DEFAULT_WIDTH, rows, right, lead, out);
    }

    /** The same at {@code width} columns. */
    public static void tableOrStack(int width, List<String[]> rows, boolean[] right, int lead, StringBuilder out) {
        try {
            tableOrStack(width, (Iterable<String[]>) rows, right, lead, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** The same as {@link #tableOrStack(int, Iterable, boolean[], int, Appendable)} at 80 columns. */
    public static void tableOrStack(Iterable<String[]> rows, boolean[] right, int lead, Appendable out)
            throws IOException {
        tableOrStack(DEFAULT_WIDTH, rows, right, lead, out);
    }

    /**
     * The same, at {@code width} columns, written a row at a time to {@code out}, from rows that are made
     * each time they are walked (a comparison of a chain's clinics has a hundred thousand): walked once
     * for the widths, once to see whether the table fits, and once to write it.
     */
    public static void tableOrStack(int width, Iterable<String[]> rows, boolean[] right, int lead, Appendable out)
            throws IOException {
        width = Math.min(MAX_WIDTH, width);
        int[] widths = widths(rows, right.length);
        boolean fits = true;
        for (String[] row : rows) {
            if (DisplayWidth.of(line(row, right, widths, "  ")) > width) {
                fits = false;
                break;
            }
        }
        if (fits) {
            for (String[] row : rows) {
                out.append(line(row, right, widths, "  ")).append('\n');
            }
            return;
        }
        String[] headers = null;
        boolean firstBlock = true;
        for (String[] row : rows) {
            if (headers == null) {
                headers = row;
                continue;
            }
            StringBuilder block = new StringBuilder();
            if (!firstBlock) {
                block.append('\n');
            }
            firstBlock = false;
            stacked(width, headers, row, lead, block);
            out.append(block);
        }
    }

    private static int[] widths(Iterable<String[]> rows, int columns) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        return widths;
    }

    /** One row of a {@link #table}, without its line break. */
    private static String line(String[] row, boolean[] right, int[] widths, String gap) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                line.append(gap);
            }
            line.append(right[c] ? DisplayWidth.padLeft(row[c], widths[c]) : DisplayWidth.padRight(row[c],
                    widths[c]));
        }
        return line.toString().stripTrailing();
    }

    /** One row as a block: its lead cells on a line, then "header value" pairs wrapped under it. */
    private static void stacked(int width, String[] headers, String[] row, int lead, StringBuilder out) {
        StringBuilder first = new StringBuilder();
        for (int c = 0; c < Math.min(lead, row.length); c++) {
            if (!row[c].isEmpty()) {
                first.append(first.length() == 0 ? "" : "  ").append(row[c]);
            }
        }
        wrap(width, "  ", first.toString(), out);
        List<String> pairs = new ArrayList<>();
        for (int c = lead; c < row.length; c++) {
            if (!row[c].isEmpty()) {
                pairs.add(headers[c] + " " + row[c]);
            }
        }
        // Whole "header value" pairs per line, as many as fit: a value never parts from its header.
        String indent = "      ";
        int measure = measure(width);
        StringBuilder line = new StringBuilder();
        for (String pair : pairs) {
            if (line.length() > 0 && DisplayWidth.of(indent + line + " · " + pair) > measure) {
                wrap(width, indent, line.toString(), out);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " · ").append(pair);
        }
        if (line.length() > 0) {
            wrap(width, indent, line.toString(), out);
        }
    }

    /** Writes {@code text} after {@code lead}, wrapped for an 80-column terminal: see {@link #wrap(int, String, String, StringBuilder)}. */
    public static void wrap(String lead, String text, StringBuilder out) {
        wrap(DEFAULT_WIDTH, lead, text, out);
    }

    /**
     * Writes {@code text} after {@code lead}, wrapped to fit {@code width} columns (at most {@value #WRAP})
     * with continuation lines indented under the text. English wraps at spaces; Japanese, which has none,
     * between characters where Japanese line breaking (JIS X 4051's basic rules, kinsoku shori) allows
     * it (see {@link #words}); where a line has to break anyway, it breaks after 、 or 。 rather than
     * elsewhere, if that leaves the line at least three quarters full.
     */
    public static void wrap(int width, String lead, String text, StringBuilder out) {
        int indent = DisplayWidth.of(lead);
        int room = Math.max(10, measure(width) - indent);
        List<String> lines = lines(text, room);
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? lead : " ".repeat(indent)).append(lines.get(i)).append('\n');
        }
    }

    /**
     * {@code text} in lines of at most {@code room} columns (a word wider than that alone on its line).
     * Japanese is broken between phrases ({@link #phrases}) where they fit a line, and between the
     * characters the rules allow only inside a phrase wider than the line.
     */
    static List<String> lines(String text, int room) {
        List<String> pieces = new ArrayList<>();
        for (List<String> phrase : phrases(words(text))) {
            String whole = String.join("", phrase);
            if (phrase.size() == 1 || DisplayWidth.of(whole.stripTrailing()) <= room) {
                pieces.add(whole);
            } else {
                pieces.addAll(phrase);
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int lineWidth = 0;
        for (String word : pieces) {
            int w = DisplayWidth.of(word);
            while (lineWidth > 0 && lineWidth + w > room) {
                int keep = preferredBreak(line, room);
                lines.add(String.join("", line.subList(0, keep)).stripTrailing());
                List<String> carried = new ArrayList<>(line.subList(keep, line.size()));
                line.clear();
                line.addAll(carried);
                lineWidth = 0;
                for (String c : line) {
                    lineWidth += DisplayWidth.of(c);
                }
            }
            if (lineWidth == 0 && word.isBlank()) {
                continue;
            }
            line.add(word);
            lineWidth += w;
        }
        lines.add(String.join("", line).stripTrailing());
        return lines;
    }

    /**
     * How many of the line's words to keep when it must break: all of them, or fewer, to end the line
     * after 、 or 。 where that leaves it at least three quarters of {@code room} full.
     */
    private static int preferredBreak(List<String> line, int room) {
        int width = 0;
        int best = line.size();
        for (int i = 0; i < line.size() - 1; i++) {
            String word = line.get(i);
            width += DisplayWidth.of(word);
            char last = word.charAt(word.length() - 1);
            if ((last == '\u3001' || last == '\u3002') && width * 4 >= room * 3) {
                best = i + 1;
            }
        }
        return best;
    }

    /**
     * Breakable pieces, each with the spaces after it: a line may break after a space, and between wide
     * characters where both the JDK's line-breaking rules ({@link BreakIterator#getLineInstance}) and
     * Japanese line breaking allow it, nowhere else. So never inside a run of Latin letters and digits
     * (a hyphenated word, {@code 90,000}, an id), nor inside a katakana word, an amount with its sign or
     * unit ({@code ¥374,000}, 374,000 en, 50 man-en, 4 kai-me), a date with its weekday
     * (2027 nen 2 gatsu 15 nichi (getsu), {@code Mon 15 Feb 2027}) or a range of numbers (1 to 8 shuukan); no
     * line starts with a closing bracket, 、。, small kana, the long-vowel mark, the middle dot or the
     * like ({@link #NO_START}), and none ends with an opening bracket or a currency sign ({@link #NO_END}).
     */
    static List<String> words(String text) {
        int n = text.length();
        boolean[] may = new boolean[n + 1]; // may[i]: a line may break before text.charAt(i)
        boolean wide = false;
        for (int i = 0; i < n; i++) {
            if (DisplayWidth.of(text.charAt(i)) == 2 || Character.isHighSurrogate(text.charAt(i))) {
                wide = true;
                break;
            }
        }
        boolean[] boundary = new boolean[n + 1];
        if (wide) {
            BreakIterator breaks = (BreakIterator) LineBreaks.RULES.clone();
            breaks.setText(text);
            for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
                boundary[b] = true;
            }
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (c == ' ' || Character.isLowSurrogate(c)) {
                continue;
            }
            if (before == ' ') {
                may[i] = true;
                continue;
            }
            int cp = text.codePointAt(i);
            int previous = text.codePointBefore(i);
            boolean wideHere = DisplayWidth.of(cp) == 2;
            boolean widePrevious = DisplayWidth.of(previous) == 2;
            if (!wideHere && !widePrevious) {
                continue; // Latin words, numbers and ids stay whole
            }
            if (NO_START.indexOf(cp) >= 0 || NO_END.indexOf(previous) >= 0
                    || isKatakana(cp) && isKatakana(previous)) {
                continue;
            }
            // Before Latin text or a number after Japanese where the JDK allows it, and after a wide mark that
            // ends a phrase before any Latin text ("--contract-date …"); not before a bracket (ke, then "(", then ko).
            // (A currency sign counts as Latin text here: hiragana u, then "¥374,000", may break before ¥.) After a wave dash
            // that is no range of numbers (a date and its weekday, the wave dash, then a year), a line may break.
            may[i] = previous == '\u301c' || (wideHere || Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.CURRENCY_SYMBOL ? boundary[i]
                    : ENDS_A_PHRASE.indexOf(previous) >= 0);
        }
        Matcher whole = (wide ? WHOLE_JA : WHOLE_EN).matcher(text);
        while (whole.find()) {
            for (int i = whole.start() + 1; i < whole.end(); i++) {
                may[i] = false;
            }
        }
        List<String> words = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < n; i++) {
            if (may[i]) {
                words.add(text.substring(from, i));
                from = i;
            }
        }
        if (from < n) {
            words.add(text.substring(from));
        }
        return words;
    }

    /**
     * The words grouped into phrases, as a reader takes them in: a word that starts with hiragana stays
     * with a word before it that ends in hiragana, katakana or a kanji, and kanji with kanji (yuu + ri + de +
     * su + full stop: "yuuri desu." as one phrase), so that a line neither splits a compound nor leaves an inflection or a particle
     * alone at its start. A phrase starts at a kanji or katakana after hiragana (but for the honorific
     * go and o as a word of their own before kanji: go-kakunin), the rough stand-in for bunsetsu that needs
     * no dictionary.
     */
    static List<List<String>> phrases(List<String> words) {
        List<List<String>> phrases = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!phrases.isEmpty()) {
                List<String> last = phrases.get(phrases.size() - 1);
                String before = last.get(last.size() - 1);
                int end = before.codePointBefore(before.length());
                int start = word.codePointAt(0);
                boolean honorific = (word.equals("\u3054") || word.equals("\u304a")) && i + 1 < words.size()
                        && isKanji(words.get(i + 1).codePointAt(0)); // go-kakunin, o-shiharai
                boolean afterHonorific = before.equals("\u3054") || before.equals("\u304a");
                if (!honorific && isHiragana(start) && (isHiragana(end) || isKanji(end) || isKatakana(end))
                        || isKanji(start) && (isKanji(end) || afterHonorific)) {
                    last.add(word);
                    continue;
                }
            }
            phrases.add(new ArrayList<>(List.of(word)));
        }
        return phrases;
    }

    private static boolean isHiragana(int cp) {
        return cp >= 0x3041 && cp <= 0x309F;
    }

    private static boolean isKanji(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == 0x3005;
    }

    private static boolean isKatakana(int cp) {
        return cp >= 0x30A1 && cp <= 0x30FA || cp == 0x30FC || cp >= 0xFF66 && cp <= 0xFF9F;
    }

    /** The JDK's line-breaking rules, loaded on the first wide character (English output never needs them). */
    private static final class LineBreaks {
        static final BreakIterator RULES = BreakIterator.getLineInstance(Locale.JAPANESE);
    }

    /** A number, its separators inside it: 374,000, 1.5, 1/4, 10:30. */
    private static final String NUMBER = "\\d(?:[\\d,./:]*\\d)?";
    /** An English date as {@code format.date} writes it: Mon 15 Feb 2027, with or without the weekday. */
    private static final String EN_DATE = "(?:[A-Z][a-z]{2} )?\\d{1,2} [A-Z][a-z]{2} \\d{4}";
    /** An amount with its sign ($1,200.50, JPY 150,000, ~ ¥150,000) or a range of numbers (1–8). */
    private static final String EN_AMOUNT = "(?:[≈~] )?(?:[A-Z]{3} )?[¥$€£]?" + NUMBER + "(?:[–-]" + NUMBER + ")?";
    /** What stays on one line in English: dates and amounts (a Latin word is whole anyway). */
    private static final Pattern WHOLE_EN = Pattern.compile(EN_DATE + "|" + EN_AMOUNT);
    /**
     * What stays on one line in Japanese text: a date with its weekday (2027 nen 2 gatsu 15 nichi (getsu), 2 gatsu 15 nichi,
     * 2027 nen 2 gatsu), an amount with its sign, units and counter (¥374,000, 374,000 en, 50 man-en, 4 kai-me,
     * 3 kagetsu, 1 to 8 shuukan), and
     * English dates and amounts inside Japanese text.
     */
    private static final Pattern WHOLE_JA = Pattern.compile(
            "(?:\\d{1,4}\u5e74)?\\d{1,2}\u6708(?:\\d{1,2}\u65e5)?(?:[(（][^)）\\s]{1,3}[)）])?"
            + "|(?:[≈~] )?(?:[A-Z]{3} )?[¥￥$＄€£]?" + NUMBER + "(?:[\u4e07\u5104\u5343\u5146](?:" + NUMBER + ")?)*"
            + "(?:[〜～–-][¥￥$＄€£]?" + NUMBER + "(?:[\u4e07\u5104\u5343\u5146](?:" + NUMBER + ")?)*)?"
            // the units and counters: en, doru, kai-me, kai, kagetsu (three spellings), shuukan, shuu, nichi-me,
            // nichi, nen, gatsu, sai, ken, jikan, fun, byou, nin, bai
            + "(?:\u5186|\u30c9\u30eb|\u56de\u76ee|\u56de|\u304b\u6708|\u30f6\u6708|\u30ab\u6708|\u9031\u9593"
            + "|\u9031|\u65e5\u76ee|\u65e5|\u5e74|\u6708|\u6b73|\u4ef6|\u6642\u9593|\u5206|\u79d2|\u4eba|\u500d|%|％|mL)?"
            + "|" + EN_DATE);

    /** No line starts with these (JIS X 4051's closing brackets, punctuation, small kana, iteration marks). */
    private static final String NO_START = "、。，．,.）)」』】〕〉》］｝!！?？：；:;\u30fc\u30fb〜～…‥\u309d\u309e\u30fd\u30fe々"
            // the small kana, hiragana then katakana, and the yen kanji
            + "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3095\u3096"
            + "\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%％\u5186";

    /** No line ends with these: opening brackets, and a currency sign before its number. */
    private static final String NO_END = "（(「『【〔〈《［｛¥￥$＄";

    /** Wide marks that end a phrase (full stop, comma, closing brackets …), after which Latin text may start a line; not the wave dash or the long-vowel mark, so that a range of numbers stays whole. */
    private static final String ENDS_A_PHRASE = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff01\uff1f\uff1a\uff1b";

    /** A GitHub-flavoured Markdown table, its columns padded so the source reads as a table too. */
    public static void markdown(List<String[]> rows, boolean[] right, StringBuilder out) {
        try {
            markdown((Iterable<String[]>) rows, right, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** The same, written a row at a time to {@code out}, from rows made each time they are walked (twice). */
    public static void markdown(Iterable<String[]> rows, boolean[] right, Appendable out) throws IOException {
        int[] widths = new int[right.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(Math.max(3, widths[c]), DisplayWidth.of(row[c]));
            }
        }
        boolean first = true;
        for (String[] row : rows) {
            StringBuilder lines = new StringBuilder();
            line(row, widths, right, lines);
            if (first) {
                String[] rule = new String[right.length];
                for (int c = 0; c < rule.length; c++) {
                    rule[c] = right[c] ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]);
                }
                line(rule, widths, right, lines);
                first = false;
            }
            out.append(lines);
        }
    }

    private static void line(String[] cells, int[] widths, boolean[] right, StringBuilder out) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            out.append(' ').append(right[c] ? DisplayWidth.padLeft(cells[c], widths[c])
                    : DisplayWidth.padRight(cells[c], widths[c])).append(" |");
        }
        out.append('\n');
    }
}
