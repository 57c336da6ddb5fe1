package io.veille.ingester.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
    private static final URI BASE = URI.create("https://demo.veille.test/blog/post/");

    @Test
    void relativeLinksAndImagesBecomeAbsolute() {
        String html = HtmlSanitizer.sanitize("<p><a href=\"../other\">o</a><img src=\"img/a.png\" alt=\"a\"></p>", BASE);
        assertThat(html).contains("href=\"https://demo.veille.test/blog/other\"")
                .contains("src=\"https://demo.veille.test/blog/post/img/a.png\"");
    }

    @Test
    void relativeLinksAreDroppedWithoutABase() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"../other\">o</a>", null)).isEqualTo("<a rel=\"noopener noreferrer\">o</a>");
    }

    @Test
    void linksGetNoopenerNoreferrerAndLoseTrackingParameters() {
        String html = HtmlSanitizer.sanitize("<a href=\"https://demo.veille.test/x?id=3&utm_source=feed#part\" rel=\"opener\">x</a>", BASE);
        assertThat(html).isEqualTo("<a href=\"https://demo.veille.test/x?id=3#part\" rel=\"noopener noreferrer\">x</a>");
    }

    @Test
    void structureTablesAndFiguresSurvive() {
        String in = "<h2>T</h2><ul><li>a</li></ul><table><tr><td colspan=\"2\">c</td></tr></table>"
                + "<figure><img src=\"https://demo.veille.test/i.png\"><figcaption>cap</figcaption></figure><pre><code>x = 1</code></pre>";
        String out = HtmlSanitizer.sanitize(in, BASE);
        assertThat(out).contains("<h2>T</h2>", "<li>a</li>", "colspan=\"2\"", "<figcaption>cap</figcaption>", "<pre><code>x = 1</code></pre>");
    }

    @Test
    void rasterDataImagesAreKeptOtherDataUrlsAreNot() {
        String png = "data:image/png;base64,iVBORw0KGgo=";
        assertThat(HtmlSanitizer.sanitize("<img src=\"" + png + "\">", BASE)).contains(png);
        assertThat(HtmlSanitizer.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", BASE)).doesNotContain("data:");
    }

    @Test
    void trackingPixelsAreRemoved() {
        assertThat(HtmlSanitizer.sanitize("<p>x<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\"></p>", BASE))
                .isEqualTo("<p>x</p>");
    }
}
