package dev.exoplan.io;

/**
 * Makes text from a price sheet safe to print: control characters (ANSI escape sequences among
 * them) are replaced, so a clinic name cannot move the cursor or recolour a patient's terminal; so are
 * the bidirectional embedding, override and isolate marks, so that it cannot reorder what is printed
 * after it (a name that makes a price read backwards).
 */
public final class Terminal {

    private Terminal() {
    }

    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || bidiControl(cp)) {
                out.append(cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : '\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates). */
    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
