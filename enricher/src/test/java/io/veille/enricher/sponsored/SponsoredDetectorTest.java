package io.veille.enricher.sponsored;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SponsoredDetectorTest {
    private final SponsoredDetector detector = new SponsoredDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Article sponsorisé. Découvrez notre offre.",
            "-- Article en partenariat avec la conférence --",
            "En partenariat avec NordHost : voici notre sélection.",
            "Cet article vous est proposé par un éditeur de logiciels.",
            "Ce publi-rédactionnel est réalisé pour une école.",
            "Publicité. Le nouveau portable est arrivé.",
            "Contenu sponsorisé par une banque en ligne.",
            "This post is sponsored by DeployPilot.",
            "Sponsored: ship faster with our pipelines.",
            "Paid partnership with GuardNet.",
            "Partner content: why backups matter.",
            "This article was produced in partnership with Northstack.",
            "Advertisement. Learn machine learning in 12 weeks.",
            "Publi-information. Une sauvegarde qui se restaure en trois clics.",
            "Annonce partenaire. Un cabinet d'avocats a numérisé ses archives.",
            "[Contenu partenaire] Cinq conseils pour migrer vos bases de données.",
            "En collaboration avec Backupia — Combien de temps survivriez-vous sans vos données ?",
            "Dossier sponsorisé : tout savoir sur les pare-feu de nouvelle génération.",
            "In association with Northstack: Why your cluster needs a budget.",
            "Cet article a été réalisé en partenariat avec un fabricant de serveurs.",
            "Sponsored | Five ways to cut your cloud bill",
            "Partenariat — Une formation pour passer au zéro confiance."})
    void aDisclosureAtTheTopFlagsTheArticle(String text) {
        assertThat(detector.isSponsored("Un titre", text)).isTrue();
    }

    @Test
    void aDisclosureInTheTitleFlagsTheArticle() {
        assertThat(detector.isSponsored("Article sponsorisé : sauvegardez vos serveurs", "Une offre.")).isTrue();
        assertThat(detector.isSponsored("Sponsored post: monitor every cluster", "An offer.")).isTrue();
    }

    @Test
    void aDisclosureAtTheEndFlagsTheArticle() {
        String body = "Les nouveautés de la version sont nombreuses. ".repeat(20) + "Cet article est sponsorisé par Acme.";
        assertThat(detector.isSponsored("Les nouveautés", body)).isTrue();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(detector.isSponsored("ARTICLE SPONSORISE", "x")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mistral AI a annoncé un partenariat avec un industriel de la défense.",
            "Microsoft announces partnership with Nvidia and Anthropic.",
            "Les organisateurs remercient les entreprises sponsors de l'événement.",
            "Thanks to our sponsors, tickets stay cheap.",
            "The meetup returns on Wednesday. The venue is sponsored by a local fintech.",
            "La salle est sponsorisée par une banque locale.",
            "La publicité ciblée est dans le viseur de la CNIL.",
            "En collaboration avec l'Inria, le laboratoire publie un jeu de données ouvert.",
            "Le constructeur et son partenaire japonais livreront les puces en mars.",
            "The library was written in association with two universities.",
            "Publicité politique en ligne : ce que change la règle européenne.",
            "Partenariat entre deux opérateurs pour mutualiser la fibre en zone rurale.",
            "Sponsored posts on social networks will carry a new label next year.",
            "Advertisement revenue fell for the third quarter in a row."})
    void newsAboutPartnershipsOrSponsorsIsNotSponsored(String text) {
        assertThat(detector.isSponsored("Actualité", text)).isFalse();
    }

    @Test
    void aPartnershipMentionedInTheMiddleOfALongStoryIsNotADisclosure() {
        String body = "Le projet avance. ".repeat(30) + "Le module a été développé en partenariat avec une université. "
                + "Il sera publié au printemps. ".repeat(30);
        assertThat(detector.isSponsored("Le projet avance", body)).isFalse();
    }
}
