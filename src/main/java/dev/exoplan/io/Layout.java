package dev.exoplan.io;

import java.util.ArrayList;
import java.util.List;

/** Text layout for people: aligned tables and wrapped paragraphs, aware of wide (Japanese) characters. */
final class Layout {

    /** The width paragraphs are wrapped to, in terminal columns. */
    static final int WRAP = 78;

    private Layout() {
    }

    /** Columns padded to their widest cell (in terminal columns), numbers right-aligned. */
    static void table(List<String[]> rows, boolean[] right, String gap, StringBuilder out) {
        int[] widths = new int[right.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    line.append(gap);
                }
                line.append(right[c] ? DisplayWidth.padLeft(row[c], widths[c]) : DisplayWidth.padRight(row[c],
                        widths[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * Writes {@code text} after {@code lead}, wrapped at {@value #WRAP} columns with continuation lines
     * indented under the text. English wraps at spaces; Japanese, which has none, at any character.
     */
    static void wrap(String lead, String text, StringBuilder out) {
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

    /** Breakable pieces: runs of non-space ASCII and single wide characters, with their spaces. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                word.append(' ');
                words.add(word.toString());
                word.setLength(0);
            } else if (DisplayWidth.of(cp) == 2 && !isClosingPunctuation(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.appendCodePoint(cp);
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Japanese line-breaking rules (kinsoku shori, in brief) keep these from starting a line: the
     * ideographic comma and full stop, full-width comma and full stop, closing brackets, exclamation and
     * question marks, the long-vowel mark, the middle dot, colon, semicolon and wave dash.
     */
    private static boolean isClosingPunctuation(int cp) {
        return "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff01\uff1f\u30fc\u30fb\uff1a\uff1b\u301c".indexOf(cp) >= 0;
    }

    /** A GitHub-flavoured Markdown table, its columns padded so the source reads as a table too. */
    static void markdown(List<String[]> rows, boolean[] right, StringBuilder out) {
        int[] widths = new int[right.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(Math.max(3, widths[c]), DisplayWidth.of(row[c]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            line(rows.get(r), widths, right, out);
            if (r == 0) {
                String[] rule = new String[right.length];
                for (int c = 0; c < rule.length; c++) {
                    rule[c] = right[c] ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]);
                }
                line(rule, widths, right, out);
            }
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
