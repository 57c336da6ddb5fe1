package io.veille.ingester.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
    private static final URI BASE = URI.create("https://demo.veille.test/blog/");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://demo.veille.test/a?utm_source=rss&utm_medium=feed&utm_campaign=x | https://demo.veille.test/a",
            "https://demo.veille.test/a?id=3&utm_content=c&page=2 | https://demo.veille.test/a?id=3&page=2",
            "https://demo.veille.test/a?fbclid=IwAR0abc | https://demo.veille.test/a",
            "https://demo.veille.test/a?gclid=xyz&b=1 | https://demo.veille.test/a?b=1",
            "https://demo.veille.test/a?mc_cid=1&mc_eid=2 | https://demo.veille.test/a",
            "https://demo.veille.test/a?mtm_campaign=m&mtm_kwd=k&pk_source=p | https://demo.veille.test/a",
            "https://demo.veille.test/a?xtor=RSS-3&at_medium=x | https://demo.veille.test/a",
            "https://demo.veille.test/a?msclkid=1&_hsenc=2&_hsmi=3&igshid=4 | https://demo.veille.test/a",
            "HTTPS://Demo.Veille.TEST:443/A/b#section | https://demo.veille.test/A/b",
            "http://demo.veille.test:80 | http://demo.veille.test/",
            "http://demo.veille.test:8080/x | http://demo.veille.test:8080/x",
            "../about?utm_source=x | https://demo.veille.test/about",
            "post 1.html | https://demo.veille.test/blog/post%201.html",
            "//cdn.demo.veille.test/x | https://cdn.demo.veille.test/x"})
    void canonicalFormDropsTrackingFragmentAndCase(String in, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(in, BASE)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @ValueSource(strings = {"javascript:alert(1)", "vbscript:x", "data:text/html,x", "mailto:a@b.c", "ftp://x/y", "  ", "http://"})
    void refusesWhatIsNotAWebPage(String in) {
        assertThat(UrlCanonicalizer.canonicalize(in, BASE)).isEmpty();
    }
}
