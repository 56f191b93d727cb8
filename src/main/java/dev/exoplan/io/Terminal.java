package dev.exoplan.io;

/**
 * Makes text from a price sheet safe to print: control characters (ANSI escape sequences among
 * them) are replaced, so a clinic name cannot move the cursor or recolour a patient's terminal.
 */
public final class Terminal {

    private Terminal() {
    }

    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : '\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
