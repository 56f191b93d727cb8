package dev.exoplan.io.text;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns a text takes: wide and full-width characters (Japanese, emoji) two,
 * combining marks and other invisible characters none, everything else one.
 *
 * <p>The wide characters are those of JLine's {@link WCWidth} (Markus Kuhn's {@code wcwidth} table
 * with the emoji planes; JLine is on the class path already, for the progress bar's terminal). The
 * characters without width are those either JLine's table or the JDK's own, newer, Unicode data
 * (non-spacing and enclosing marks, format characters) says take none. Controls, which
 * {@code wcwidth} gives as -1, count one: {@link SafeText} has replaced them before anything is
 * aligned or wrapped.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        int columns = WCWidth.wcwidth(cp);
        if (columns == 0 && cp != 0) {
            return 0;
        }
        return columns == 2 ? 2 : 1;
    }

    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }
}
