package dev.exoplan.io.text;

/**
 * Text that a price sheet or a request file supplies — clinic names, labels, sources, notes, ids
 * echoed in messages — is data: nothing in it may act on whatever shows it. This class is the one
 * place that says what that means in each kind of output, and every writer goes through it.
 *
 * <ul>
 * <li><b>Neutralised</b> everywhere people read (text, messages, Markdown, CSV on a terminal,
 * iCalendar): the C0 and C1 controls (ANSI escape sequences start with ESC or U+009B), DEL, the line
 * and paragraph separators U+2028/U+2029 and the bidirectional embedding, override and isolate marks
 * (which would reorder what is printed after them, a price read backwards). Tab, CR and LF become a
 * space — a line break inside a name must not start a new line of a table or an error message —
 * and the others U+FFFD. A lone surrogate, which no encoder can write, becomes U+FFFD in every
 * output, JSON and CSV files included.</li>
 * <li><b>Inert</b> in Markdown ({@link #markdownText}): escaped so that no CommonMark or GFM renderer
 * makes it a tag, a link, an image, emphasis, code, a heading or a table break.</li>
 * <li><b>Defused</b> in every CSV and Markdown text cell: a cell a spreadsheet would take for a
 * formula gets a leading apostrophe (OWASP, CSV injection). Only text from outside is defused:
 * numbers and amounts exoplan writes are never cells of this kind.</li>
 * <li><b>Quoted</b> in CSV as RFC 4180 requires: a cell holding CR, LF, {@code "} or a comma is
 * always quoted, so that a lone CR cannot split a row (Jackson's strict quoting leaves a lone CR
 * bare).</li>
 * <li><b>Escaped</b> in HTML ({@link #html}): neutralised as for people, then every character that
 * could open a tag, an entity or leave an attribute value written as a character reference, so that
 * a sheet's text in element text or a quoted attribute value is text and nothing else.</li>
 * </ul>
 *
 * JSON keeps the text itself: {@link TerminalEscapes} writes what {@link #forPeople} would replace
 * as {@code \\uXXXX} escapes, so a program reading it gets the same text and a terminal shows no
 * control.
 */
public final class SafeText {

    private static final char REPLACEMENT = '\uFFFD';
    /** The characters CommonMark lets a backslash escape: all of ASCII's punctuation. */
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final char WORD_JOINER = '\u2060';
    private static final char FULL_WIDTH_AT = '\uFF20';

    private SafeText() {
    }

    /** Text for people: controls, separators and bidirectional marks replaced (see the class). */
    public static String forPeople(String text) {
        return replaced(text, true);
    }

    /**
     * Text for an HTML page, in element text or a double- or single-quoted attribute value: neutralised
     * as {@link #forPeople}, the noncharacters (U+FDD0–U+FDEF and each plane's last two code points, which
     * HTML forbids) U+FFFD too, and {@code & < > " '} as character references. Nothing in it can start
     * a tag, a comment, an entity or end an attribute; what the page makes a URL, a style, a class or an
     * id never comes from here.
     */
    public static String html(String text) {
        String people = forPeople(text);
        StringBuilder out = null;
        for (int i = 0; i < people.length(); ) {
            int c = people.codePointAt(i);
            int size = Character.charCount(c);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> nonCharacter(c) ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(people.length() + 16).append(people, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += size;
        }
        return out == null ? people : out.toString();
    }

    /** Whether HTML forbids this code point as a noncharacter: U+FDD0–U+FDEF, U+xFFFE and U+xFFFF. */
    static boolean nonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /** A Markdown table cell: defused (see {@link #defused}), then as {@link #markdownText}. */
    public static String markdownCell(String text) {
        return markdownText(defused(text));
    }

    /**
     * A sheet's text inside exoplan's own Markdown (a table cell, the words of a heading or a sentence),
     * inert in every CommonMark or GFM renderer, raw HTML on or off: neutralised as {@link #forPeople}
     * (so on one line), every ASCII punctuation character backslash-escaped (CommonMark allows that for
     * each of them: no tag, entity, link, image, emphasis, strikethrough, code, heading, list or table
     * break can start), and the extended autolinks of GFM broken, which escapes alone do not break in
     * renderers that join the text around an escape before they look for links (commonmark-java's
     * autolink extension): a word joiner (U+2060, invisible) goes between {@code www} and its dot and
     * after a colon that a character other than a space follows ("https:" + U+2060 + "//"), and an {@code @}
     * that such a character follows becomes the full-width {@code ＠} (U+FF20), since an e-mail address
     * may hold any character beyond ASCII, the word joiner too.
     */
    public static String markdownText(String text) {
        String people = forPeople(text);
        StringBuilder out = new StringBuilder(people.length() + 16);
        for (int i = 0; i < people.length(); i++) {
            char c = people.charAt(i);
            boolean followed = i + 1 < people.length() && people.charAt(i + 1) != ' ';
            if (c == '@' && followed) {
                out.append(FULL_WIDTH_AT);
            } else if (ASCII_PUNCTUATION.indexOf(c) >= 0) {
                if (c == '.' && i >= 3 && people.regionMatches(true, i - 3, "www", 0, 3)) {
                    out.append(WORD_JOINER);
                }
                out.append('\\').append(c);
                if (c == ':' && followed) {
                    out.append(WORD_JOINER);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A CSV text cell exactly as written between two separators: defused and quoted where RFC 4180
     * needs it; for a terminal also neutralised (a terminal has no use for a raw ESC, and a line break
     * inside a cell would only look like a new row there).
     */
    public static String csvCell(String text, boolean terminal) {
        String cell = defused(text);
        return quoted(terminal ? forPeople(cell) : withoutLoneSurrogates(cell));
    }

    /**
     * A text for an iCalendar TEXT value (RFC 5545 allows no control characters in it), before the
     * library escapes commas, semicolons, backslashes and exoplan's own line breaks.
     */
    public static String icsText(String text) {
        return forPeople(text);
    }

    /** Text for JSON, which escapes controls itself ({@link TerminalEscapes}): lone surrogates become U+FFFD. */
    public static String forJson(String text) {
        return withoutLoneSurrogates(text);
    }

    /**
     * A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
     * carriage return) with a leading apostrophe, as OWASP advises against CSV injection. It looks at
     * the text as given, before any neutralising, so that the same cells are defused in every format.
     */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * A CSV cell quoted where RFC 4180 needs it — a comma, a quote, a CR or an LF — and otherwise as it
     * is; for exoplan's own text too (which never needs defusing).
     */
    public static String quoted(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }

    /**
     * Whether {@link #forPeople} replaces this character: the C0 controls, DEL, the C1 controls, U+2028
     * and U+2029, U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates).
     */
    public static boolean neutralised(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String withoutLoneSurrogates(String text) {
        return replaced(text, false);
    }

    /**
     * {@code text} with lone surrogates as U+FFFD and, when {@code neutralising}, the characters
     * {@link #neutralised} names replaced too (tab, CR and LF by a space, so a name never starts a line).
     */
    private static String replaced(String text, boolean neutralising) {
        int first = firstToReplace(text, neutralising);
        if (first < 0) {
            return text; // the usual case, without a copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pairedSurrogate(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (neutralising && neutralised(c)) {
                out.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first character to replace (a lone surrogate, or also a neutralised one), or -1. */
    private static int firstToReplace(String text, boolean neutralising) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pairedSurrogate(text, i)) {
                i++;
            } else if (Character.isSurrogate(c) || (neutralising && neutralised(c))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a high surrogate at {@code i} is followed by its low half (one character beyond U+FFFF). */
    private static boolean pairedSurrogate(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
