package io.veille.enricher;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;

import java.time.Instant;

/** The two articles of the seed feed, rewritten in our own words. */
public final class SeedArticles {
    private SeedArticles() {
    }

    public static final String CONFERENCE_TITLE =
            "Cloud Native Days France 2026 : la communauté DevOps et open source se retrouve au CENTQUATRE";
    public static final String CONFERENCE_TEXT = """
            -- Billet rédigé en partenariat avec les organisateurs des Cloud Native Days --

            Un lecteur m'a signalé un rendez-vous qui devrait plaire à tous les amateurs d'infrastructure et de développement.
            Les Cloud Native Days France 2026 sont montés par une quinzaine de bénévoles réunis dans une association.
            Plus de 2 000 participants sont attendus le mardi 3 février 2026 au CENTQUATRE-PARIS.
            Pas de discours commercial au menu, mais des retours d'expérience concrets sur Kubernetes, le platform engineering,
            la sécurité des infrastructures et l'open source. Un espace communautaire mettra aussi en valeur des projets libres
            et les créateurs qui partagent leurs connaissances. Réservez votre place depuis le site de l'événement.""";

    public static final String CONSULTATION_TITLE =
            "Bruxelles mise sur le logiciel libre pour réduire sa dépendance aux géants américains";
    public static final String CONSULTATION_TEXT = """
            La Commission européenne a lancé un appel à contributions consacré à l'open source. Il ne s'agit pas seulement
            d'installer des logiciels libres dans les bureaux des fonctionnaires : Bruxelles veut réviser sa stratégie
            2020-2023 et traiter l'open source comme une infrastructure essentielle. D'après la Commission, l'essentiel du
            code de l'économie numérique repose sur des composants libres, mais la valeur qu'ils créent profite surtout à des
            entreprises situées hors d'Europe. Résultat : dépendance technologique, chaîne d'approvisionnement fragile et
            souveraineté numérique affaiblie. La future stratégie pour des écosystèmes numériques ouverts européens doit y
            remédier. La consultation est ouverte du 6 janvier au 3 février 2026, jusqu'à minuit.""";

    public static RawArticle conference() {
        return RawArticleBuilder.article().url("https://blog.example/cloud-native-days-2026")
                .title(CONFERENCE_TITLE).text(CONFERENCE_TEXT).languageHint("fr")
                .publishedAt(Instant.parse("2026-01-12T08:00:00Z")).build();
    }

    public static RawArticle consultation() {
        return RawArticleBuilder.article().url("https://blog.example/bruxelles-open-source")
                .title(CONSULTATION_TITLE).text(CONSULTATION_TEXT).languageHint("fr")
                .publishedAt(Instant.parse("2026-01-08T09:00:00Z")).build();
    }
}
