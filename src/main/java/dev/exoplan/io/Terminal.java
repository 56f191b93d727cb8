package dev.exoplan.io;

/**
 * Text from a price sheet or a request file made safe to print on a terminal: {@link SafeText#forPeople},
 * under the name the command line has long called it by (a clinic name cannot move the cursor, recolour
 * a patient's terminal or make a price read backwards).
 */
public final class Terminal {

    private Terminal() {
    }

    public static String safe(String text) {
        return SafeText.forPeople(text);
    }
}
