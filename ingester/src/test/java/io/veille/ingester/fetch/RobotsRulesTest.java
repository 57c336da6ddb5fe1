package io.veille.ingester.fetch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsRulesTest {
    private static final String ROBOTS = """
            # a typical news site
            User-agent: *
            Disallow: /admin/
            Disallow: /*.pdf$
            Allow: /admin/public/

            User-agent: BadBot
            User-agent: Veille
            Disallow: /drafts/
            """;

    @Test
    void theGroupNamingVeilleWinsOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "Veille");
        assertThat(rules.allows("/drafts/x.html")).isFalse();
        assertThat(rules.allows("/admin/")).isTrue(); // the * group does not apply to Veille
    }

    @Test
    void theLongestMatchWinsAndWildcardsWork() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "OtherCrawler");
        assertThat(rules.allows("/admin/settings")).isFalse();
        assertThat(rules.allows("/admin/public/page")).isTrue();
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?x=1")).isTrue();
        assertThat(rules.allows("/articles/2026/une.html")).isTrue();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "Veille").allows("/anything")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow: /\n", "Veille").allows("/anything")).isFalse();
    }
}
