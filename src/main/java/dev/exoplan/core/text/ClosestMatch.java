package dev.exoplan.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one most likely meant, for "did you mean …?" hints. Optimal string
 * alignment distance (Levenshtein plus adjacent swaps), ignoring case; a name counts as close when
 * it is within a third of its length (at least 1, at most 3 edits), or when one name starts with
 * the other.
 */
public final class ClosestMatch {

    private ClosestMatch() {
    }

    public static Optional<String> among(String given, Collection<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String name = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, name);
            boolean prefix = !wanted.isEmpty() && (name.startsWith(wanted) || wanted.startsWith(name));
            int allowed = Math.min(3, Math.max(1, name.length() / 3));
            if ((distance <= allowed || prefix) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
