package dev.exoplan.io.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text layout for people: aligned tables and wrapped paragraphs, aware of wide (Japanese) characters. */
public final class Layout {

    /** The width paragraphs are wrapped to, in terminal columns. */
    static final int WRAP = 78;

    private Layout() {
    }

    /** Columns padded to their widest cell (in terminal columns), numbers right-aligned. */
    public static void table(List<String[]> rows, boolean[] right, String gap, StringBuilder out) {
        int[] widths = widths(rows, right.length);
        for (String[] row : rows) {
            out.append(line(row, right, widths, gap)).append('\n');
        }
    }

    /**
     * The rows as a {@link #table} when it fits an 80-column terminal; otherwise stacked, one block per
     * row: its first {@code lead} cells on one line, then every other non-empty cell after its header
     * ("typical total ¥539,000"), joined by " · " and wrapped under it. The first row is the headers.
     */
    public static void tableOrStack(List<String[]> rows, boolean[] right, int lead, StringBuilder out) {
        try {
            tableOrStack((Iterable<String[]>) rows, right, lead, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /**
     * The same, written a row at a time to {@code out}, from rows that are made each time they are walked
     * (a comparison of a chain's clinics has a hundred thousand): walked once for the widths, once to see
     * whether the table fits, and once to write it.
     */
    public static void tableOrStack(Iterable<String[]> rows, boolean[] right, int lead, Appendable out)
            throws IOException {
        int[] widths = widths(rows, right.length);
        boolean fits = true;
        for (String[] row : rows) {
            if (DisplayWidth.of(line(row, right, widths, "  ")) > WRAP + 2) {
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
            stacked(headers, row, lead, block);
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
    private static void stacked(String[] headers, String[] row, int lead, StringBuilder out) {
        StringBuilder first = new StringBuilder();
        for (int c = 0; c < Math.min(lead, row.length); c++) {
            if (!row[c].isEmpty()) {
                first.append(first.length() == 0 ? "" : "  ").append(row[c]);
            }
        }
        wrap("  ", first.toString(), out);
        List<String> pairs = new ArrayList<>();
        for (int c = lead; c < row.length; c++) {
            if (!row[c].isEmpty()) {
                pairs.add(headers[c] + " " + row[c]);
            }
        }
        // Whole "header value" pairs per line, as many as fit: a value never parts from its header.
        String indent = "      ";
        StringBuilder line = new StringBuilder();
        for (String pair : pairs) {
            if (line.length() > 0 && DisplayWidth.of(indent + line + " · " + pair) > WRAP) {
                wrap(indent, line.toString(), out);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " · ").append(pair);
        }
        if (line.length() > 0) {
            wrap(indent, line.toString(), out);
        }
    }

    /**
     * Writes {@code text} after {@code lead}, wrapped at {@value #WRAP} columns with continuation lines
     * indented under the text. English wraps at spaces; Japanese, which has none, before a wide
     * character where Japanese line breaking (kinsoku shori) allows it: never after an opening bracket such
     * as 「 or （, never before a closing one or 。、 (see {@link #words}).
     */
    public static void wrap(String lead, String text, StringBuilder out) {
        int indent = DisplayWidth.of(lead);
        int room = Math.max(20, WRAP - indent);
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        boolean first = true;
        for (String word : words(text)) {
            int w = DisplayWidth.of(word);
            if (lineWidth > 0 && lineWidth + w > room) {
                out.append(first ? lead : " ".repeat(indent)).append(line.toString().stripTrailing()).append('\n');
                first = false;
                line.setLength(0);
                lineWidth = 0;
                if (word.isBlank()) {
                    continue;
                }
            }
            line.append(word);
            lineWidth += w;
        }
        out.append(first ? lead : " ".repeat(indent)).append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * Breakable pieces: runs of non-space ASCII and single wide characters, with their spaces. A line
     * may break after a space, and before a wide character where both the JDK's line-breaking rules
     * ({@link BreakIterator#getLineInstance}, which keep 「（ with what follows and 」）。、 with what
     * precedes, and small kana and the long-vowel mark with their syllable) and {@link #isClosingPunctuation} allow it.
     * Nowhere else: the JDK would also break after a hyphen or inside {@code 90,000} after a wide
     * character, which English and numbers here never did.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        BreakIterator breaks = null;
        for (int i = 0; i < text.length(); ) {
            int at = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                word.append(' ');
                words.add(word.toString());
                word.setLength(0);
            } else if (DisplayWidth.of(cp) == 2 && !isClosingPunctuation(cp)) {
                if (word.length() > 0) {
                    if (breaks == null) {
                        breaks = (BreakIterator) LineBreaks.RULES.clone();
                        breaks.setText(text);
                    }
                    if (breaks.isBoundary(at)) {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                }
                word.appendCodePoint(cp);
            } else {
                // After a wide mark that ends a phrase, a line may break before Latin text ("--contract-date …").
                if (word.length() > 0 && ENDS_A_PHRASE.indexOf(word.codePointBefore(word.length())) >= 0
                        && !isClosingPunctuation(cp)) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The JDK's line-breaking rules, loaded on the first wide character (English output never needs them). */
    private static final class LineBreaks {
        static final BreakIterator RULES = BreakIterator.getLineInstance(Locale.JAPANESE);
    }

    /**
     * Japanese line-breaking rules (kinsoku shori, in brief) keep these from starting a line: the
     * ideographic comma and full stop, full-width comma and full stop, closing brackets, exclamation and
     * question marks, the long-vowel mark, the middle dot, colon, semicolon and wave dash.
     */
    /** Wide marks that end a phrase (full stop, comma, closing brackets …), after which Latin text may start a line; not the wave dash or the long-vowel mark, so that a range of numbers stays whole. */
    private static final String ENDS_A_PHRASE = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff01\uff1f\uff1a\uff1b";

    private static boolean isClosingPunctuation(int cp) {
        return "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff01\uff1f\u30fc\u30fb\uff1a\uff1b\u301c".indexOf(cp) >= 0;
    }

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
