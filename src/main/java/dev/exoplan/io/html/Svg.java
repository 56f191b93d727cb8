package dev.exoplan.io.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Inline SVG in an HTML page: an image with a title and a description that screen readers read, and
 * coordinates written the same on every machine.
 */
public final class Svg {

    private Svg() {
    }

    /**
     * Opens an {@code <svg>} of {@code width} × {@code height} user units that scales to its box, with
     * its {@code <title>} and {@code <desc>} (ids {@code id-title}, {@code id-desc}, from exoplan's own
     * constant {@code id}).
     */
    public static Html open(Html html, String id, int width, int height, String title, String description) {
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height,
                "role", "img", "aria-labelledby", id + "-title", "aria-describedby", id + "-desc").newline();
        html.element("title", title, "id", id + "-title").newline();
        html.element("desc", description, "id", id + "-desc").newline();
        return html;
    }

    /**
     * The step of an axis of amounts from zero: 1, 2 or 5 times a power of ten, the least of them with
     * which {@code ticks} steps reach {@code most} (in minor units). At least 1.
     */
    public static long step(long most, int ticks) {
        long raw = Math.max(1, (most + ticks - 1) / ticks);
        long power = 1;
        while (power <= raw / 10) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** A coordinate: at most one decimal, a dot, no exponent, the same in every locale. */
    public static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
