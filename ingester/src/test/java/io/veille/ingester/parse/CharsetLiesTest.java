package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetLiesTest {
    private static final String FRENCH = "Sécurité : « mise à jour » urgente - été";
    private static final String CP1252 = "Les \u2019guillemets\u2019 de l\u2019été \u2013 \u201cWindows\u201d €";
    private final FeedParser parser = new FeedParser();

    private String title(String fixture, String header) throws FeedParseException {
        return parser.parse(Fixtures.bytes("parse/" + fixture), header, null).entries().get(0).title();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "latin1-bytes-labelled-utf-8.xml",
            "utf-8-bytes-prolog-says-iso-8859-1.xml",
            "utf-8-with-bom.xml",
            "utf-16le-with-bom.xml",
            "utf-16be-without-bom.xml",
            "latin1-without-any-label.xml"})
    void accentedTitleSurvivesTheLabel(String fixture) throws Exception {
        assertThat(title(fixture, null)).isEqualTo(FRENCH);
    }

    @Test
    void windows1252BytesLabelledIso88591KeepCurlyQuotesAndEuro() throws Exception {
        assertThat(title("windows-1252-labelled-iso-8859-1.xml", null)).isEqualTo(CP1252);
    }

    @Test
    void httpHeaderWinsOverALyingUtf8Prolog() throws Exception {
        assertThat(title("prolog-says-utf-8-header-says-windows-1252.xml", "text/xml; charset=windows-1252"))
                .isEqualTo(CP1252);
    }

    @Test
    void utf8HeaderOnWindows1252BytesFallsBackToWindows1252() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/windows-1252-labelled-iso-8859-1.xml"),
                "application/rss+xml; charset=UTF-8", null);
        assertThat(feed.entries().get(0).title()).isEqualTo(CP1252);
        assertThat(feed.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void iso885915PrologIsHonouredForTheEuroSign() throws Exception {
        assertThat(title("iso-8859-15-prolog.xml", null)).isEqualTo("Prix : 10 €, sœur");
    }

    @Test
    void aLieIsReportedAsAWarning() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/utf-8-bytes-prolog-says-iso-8859-1.xml"), null, null);
        assertThat(feed.charset().name()).isEqualTo("UTF-8");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("the bytes are UTF-8"));
    }

    @Test
    void doubleEncodedUtf8IsRepairedAndCorrectTextLeftAlone() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/double-encoded-utf-8-mojibake.xml"), null, null);
        String fixedTitle = "Sécurité : « mise à jour » urgente – l’été";
        assertThat(feed.entries().get(0).title()).isEqualTo(fixedTitle);
        assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("Déjà vu, correct text stays: " + fixedTitle);
        assertThat(feed.warnings()).anyMatch(w -> w.contains("mojibake"));
    }

    @Test
    void correctAccentedTextIsNotSuspect() {
        assertThat(io.veille.ingester.encoding.Mojibake.suspect("Âge d’or, À propos, Ça été «Ü»")).isFalse();
    }
}
