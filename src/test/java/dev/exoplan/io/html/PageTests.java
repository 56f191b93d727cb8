package dev.exoplan.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.text.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@link Page}, {@link Html} and {@link Svg}: the skeleton every page shares, and how it is written. */
class PageTests {

    @Test
    void aPage_isAnHtml5DocumentInItsLanguageWithAPolicyThatAllowsNoScriptAndNoLoad() {
        StringBuilder out = new StringBuilder();
        Html html = Page.start(out, Language.JA, "見積もり <b>");
        html.element("p", "x");
        Page.end(html);
        String page = out.toString();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"), page);
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;sha256-"), page);
        assertTrue(page.contains("script-src &#39;none&#39;"), page);
        assertTrue(page.contains("<title>見積もり &lt;b&gt;</title>"), page);
        assertTrue(page.endsWith("<main>\n<p>x</p></main>\n</body>\n</html>\n"), page);
    }

    @Test
    void theStyleSheet_isAllowedByItsOwnHash() throws Exception {
        // The hash a browser computes over the <style> element's text, in UTF-8.
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Page.CSS.getBytes(StandardCharsets.UTF_8));
        String expected = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        assertTrue(Page.POLICY.contains("style-src " + expected), Page.POLICY);
        StringBuilder out = new StringBuilder();
        Page.end(Page.start(out, Language.EN, "t"));
        assertTrue(out.toString().contains("<style>" + Page.CSS + "</style>"), "the text hashed is the text written");
    }

    @Test
    void attributeValuesAndText_areEscaped() {
        StringBuilder out = new StringBuilder();
        new Html(out).open("td", "class", "num\" onclick=\"x").text("<i>").close();
        assertEquals("<td class=\"num&quot; onclick=&quot;x\">&lt;i&gt;</td>", out.toString());
    }

    @Test
    void aNullAttributeValue_leavesTheAttributeOut() {
        StringBuilder out = new StringBuilder();
        new Html(out).element("th", "a", "scope", "col", "class", null);
        assertEquals("<th scope=\"col\">a</th>", out.toString());
    }

    @Test
    void anEmptyElement_isSelfClosedInSvgAndNotForMeta() {
        StringBuilder out = new StringBuilder();
        new Html(out).empty("circle", "r", "5").empty("meta", "charset", "utf-8");
        assertEquals("<circle r=\"5\"/><meta charset=\"utf-8\">", out.toString());
    }

    @Test
    void aPageLeftWithAnOpenElement_isABug() {
        StringBuilder out = new StringBuilder();
        Html html = Page.start(out, Language.EN, "t");
        html.open("section");
        assertThrows(IllegalStateException.class, () -> Page.end(html));
    }

    @Test
    void coordinates_haveAtMostOneDecimalAndNoExponent() {
        assertEquals("96", Svg.n(96.0));
        assertEquals("140.8", Svg.n(140.79));
        assertEquals("0.1", Svg.n(0.05)); // half up
        assertEquals("10000000", Svg.n(1e7));
        assertEquals("-6.5", Svg.n(-6.5));
    }

    @Test
    void anAxisStep_isOneTwoOrFiveTimesAPowerOfTen_andReachesTheMostInItsTicks() {
        // 1,505,500 in 4 ticks: at least 376,375 a tick, so 500,000 (the axis ends at 2,000,000)
        assertEquals(500_000, Svg.step(1_505_500, 4));
        // 3,038,500: at least 759,625 a tick, so 1,000,000
        assertEquals(1_000_000, Svg.step(3_038_500, 4));
        // 800,000: exactly 200,000 a tick
        assertEquals(200_000, Svg.step(800_000, 4));
        // 4,100: at least 1,025, so 2,000
        assertEquals(2_000, Svg.step(4_100, 4));
        // nothing paid: a step of 1, never 0 (the axis divides by it)
        assertEquals(1, Svg.step(0, 4));
        assertEquals(1, Svg.step(3, 4));
    }
}
