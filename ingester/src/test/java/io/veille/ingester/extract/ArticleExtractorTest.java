package io.veille.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final URI URL = URI.create("https://demo.veille.test/blog/post.html");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"fr-FR\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>Paragraphe numéro ").append(i).append(" du corps de l'article, assez long pour compter, avec des virgules, des mots et encore des mots.</p>");
        }
        return sb.toString();
    }

    @Test
    void windows1252PageDeclaredByMetaCharsetIsDecoded() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><article>"
                + paragraphs(3) + "<p>L’été « chaud » coûte 5 €, disent les sœurs.</p></article></body></html>";
        ExtractedArticle a = extractor.extract(html.getBytes(Charset.forName("windows-1252")), null, URL);
        assertThat(a.text()).contains("L’été « chaud » coûte 5 €, disent les sœurs.");
    }

    @Test
    void jsonLdAuthorListAndDateAreRead() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Un titre\",\"datePublished\":\"2026-01-05T10:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Zoé Part\"},{\"name\":\"Autre\"}]}]}</script>";
        ExtractedArticle a = extractor.extract(page(ld, "<main>" + paragraphs(4) + "</main>"), URL);
        assertThat(a.title()).isEqualTo("Un titre");
        assertThat(a.byline()).isEqualTo("Zoé Part");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(a.lang()).isEqualTo("fr");
    }

    @Test
    void scriptsHandlersAndRelativeLinksAreSanitized() {
        String body = "<article>" + paragraphs(3) + "<p>Voir <a href=\"../autre.html?utm_source=x\" onclick=\"steal()\">ceci</a>"
                + "<script>alert(1)</script><img src=\"img/a.png\" onerror=\"x()\"> et la suite du texte qui compte.</p></article>";
        ExtractedArticle a = extractor.extract(page("<title>t</title>", body), URL);
        assertThat(a.html()).doesNotContain("script", "onclick", "onerror", "utm_source")
                .contains("href=\"https://demo.veille.test/autre.html\"", "src=\"https://demo.veille.test/blog/img/a.png\"",
                        "rel=\"noopener noreferrer\"");
        assertThat(a.mainImage()).isEqualTo("https://demo.veille.test/blog/img/a.png");
    }

    @Test
    void canonicalLinkGivesTheUrlWithoutTracking() {
        ExtractedArticle a = extractor.extract(page("<link rel=\"canonical\" href=\"/blog/vrai.html?utm_medium=x#haut\">",
                "<article>" + paragraphs(3) + "</article>"), URL);
        assertThat(a.url()).isEqualTo("https://demo.veille.test/blog/vrai.html");
    }

    @Test
    void titleFallsBackToTheDocumentTitleWithoutTheSiteName() {
        ExtractedArticle a = extractor.extract(page("<title>Le vrai titre | Mon Site</title>", "<div>" + paragraphs(3) + "</div>"), URL);
        assertThat(a.title()).isEqualTo("Le vrai titre");
    }

    @Test
    void pageWithoutBodyTextGivesEmptyTextNotAnError() {
        ExtractedArticle a = extractor.extract(page("", "<nav><a href=\"/\">Accueil</a></nav><footer>© 2026</footer>"), URL);
        assertThat(a.text()).isEmpty();
    }

    @Test
    void cookieBannerWithoutClassHintsButWithDialogRoleIsDropped() {
        String body = "<div role=\"dialog\"><p>Nous utilisons des cookies pour mesurer l'audience, mémoriser vos préférences et bien plus encore.</p></div>"
                + "<div class=\"content\">" + paragraphs(4) + "</div>";
        assertThat(extractor.extract(page("", body), URL).text()).doesNotContain("cookies");
    }

    @Test
    void truncatedAndMangledPagesNeverThrow() throws Exception {
        java.util.Random random = new java.util.Random(7);
        try (var pages = java.nio.file.Files.list(java.nio.file.Path.of("src", "test", "resources", "extract", "pages"))) {
            for (java.nio.file.Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                byte[] html = java.nio.file.Files.readAllBytes(p);
                for (int i = 0; i < 5; i++) {
                    byte[] cut = java.util.Arrays.copyOf(html, random.nextInt(html.length));
                    cut[random.nextInt(Math.max(1, cut.length))] = (byte) random.nextInt(256);
                    assertThat(extractor.extract(cut, null, URL)).isNotNull();
                }
            }
        }
    }

    @Test
    void utilityClassesLikeOverflowHiddenDoNotHideTheBody() {
        String body = "<div class=\"overflow-hidden shadow-lg\"><div class=\"px-4\">" + paragraphs(3) + "</div></div>"
                + "<div class=\"sr-only\">Aller au contenu principal de la page maintenant</div>";
        String text = extractor.extract(page("", body), URL).text();
        assertThat(text).contains("Paragraphe numéro 2").doesNotContain("Aller au contenu");
    }
}
