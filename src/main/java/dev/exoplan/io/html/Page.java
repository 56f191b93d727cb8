package dev.exoplan.io.html;

import dev.exoplan.core.text.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The skeleton every HTML page of exoplan shares: an HTML5 document in UTF-8, {@code lang} the output
 * language, a Content-Security-Policy that allows no script and no load of any kind (its one style sheet
 * is allowed by its hash, so not even a style attribute applies), a viewport for phones, the style sheet
 * for screen and A4 paper, then {@code <main>}. System fonts, no images, no links that load.
 */
public final class Page {

    /**
     * The style sheet: system fonts; nothing wider than a phone's screen but a table, which scrolls
     * inside its own box; on paper A4, headers repeated, no row, figure or note cut across pages.
     * Colours: text #1a1a1a on white (17:1), borders and the band are not text; the chart's lines and
     * marks are told apart by shape and the legend, not by colour.
     */
    static final String CSS = String.join("\n",
            ":root{color-scheme:light}",
            "*{box-sizing:border-box}",
            "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"Hiragino Sans\",\"Noto Sans CJK JP\","
                    + "\"Yu Gothic\",Meiryo,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}",
            "main{max-width:60rem;margin:0 auto;padding:1rem}",
            "h1{font-size:1.5rem;line-height:1.3;margin:0 0 1rem}",
            "h2{font-size:1.2rem;line-height:1.3;margin:2rem 0 .5rem;border-bottom:1px solid #767676}",
            "h3{font-size:1.05rem;margin:1.25rem 0 .25rem}",
            "p,li,dd,dt,caption,h1,h2,h3{overflow-wrap:anywhere}",
            "th,td{overflow-wrap:break-word}",
            "dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:0}",
            "dl.facts dt{font-weight:700}",
            "dl.facts dd{margin:0}",
            ".scroll{overflow-x:auto;max-width:100%}",
            ".scroll:focus-visible{outline:2px solid #0b3d91;outline-offset:2px}",
            "table{border-collapse:collapse;margin:.5rem 0}",
            "caption{text-align:left;font-weight:700;padding:.25rem 0}",
            "th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left;vertical-align:top}",
            "thead th,tbody th{background:#f2f2f2}",
            ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "th[scope=row]:not(.num){min-width:9em}",
            "tr.total>*{font-weight:700;border-top:2px solid #1a1a1a}",
            "tr.note>td{font-style:italic}",
            ".lead{font-size:1.1rem}",
            "figure{margin:1rem 0}",
            "svg{display:block;width:100%;max-width:44rem;height:auto}",
            "svg text{font-family:inherit;fill:#1a1a1a}",
            "@media (max-width:30rem){dl.facts{grid-template-columns:minmax(0,1fr)}dl.facts dd{margin-bottom:.5rem}}",
            "@media print{",
            "@page{size:A4;margin:15mm}",
            "body{font-size:10pt}",
            "main{max-width:none;padding:0}",
            ".scroll{overflow:visible}",
            "thead{display:table-header-group}",
            "tr,figure,li,p,dl.facts{break-inside:avoid}",
            "h2,h3,caption{break-after:avoid}",
            "section.page{break-before:page}",
            "}");

    /** What the page may use: its own style sheet and nothing else (no script, font, image, frame or load). */
    static final String POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; img-src 'none'; "
            + "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
            + "script-src 'none'; base-uri 'none'; form-action 'none'";

    private Page() {
    }

    /** The document up to and including {@code <main>}. */
    public static Html start(StringBuilder out, Language language, String title) {
        Html html = new Html(out);
        html.markup("<!DOCTYPE html>\n");
        html.open("html", "lang", language.code()).newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.empty("meta", "name", "referrer", "content", "no-referrer").newline();
        html.element("title", title).newline();
        html.open("style").markup(CSS).close().newline();
        html.close().newline();
        html.open("body").newline();
        html.open("main").newline();
        return html;
    }

    /**
     * Opens a table in a box of its own that scrolls sideways where the table is wider than the screen
     * (the page itself never does): the box is a named region that the keyboard can reach and scroll.
     *
     * @param label what the table shows, the region's name for screen readers
     */
    public static Html table(Html html, String label) {
        return html.open("div", "class", "scroll", "role", "region", "aria-label", label, "tabindex", "0")
                .open("table");
    }

    /** Closes {@code <main>}, the body and the document. */
    public static void end(Html html) {
        html.close().newline(); // main
        html.close().newline(); // body
        html.close().newline(); // html
        if (!html.balanced()) {
            throw new IllegalStateException("an element of the page was left open");
        }
    }

    /** The CSP source of a style sheet: its SHA-256, as a browser computes it over the UTF-8 text. */
    static String hash(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
