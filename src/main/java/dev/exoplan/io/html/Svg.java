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

    /** A coordinate: at most one decimal, a dot, no exponent, the same in every locale. */
    public static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
