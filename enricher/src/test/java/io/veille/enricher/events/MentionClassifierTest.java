package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentionClassifierTest {
    private static final CueLexicon LEXICON = CueLexicon.bundled();
    private final MentionClassifier classifier = new MentionClassifier(LEXICON);
    private final DateExpressionRecognizer recognizer = new DateExpressionRecognizer();

    /** Each date of {@code sentence} classified as "kind/type" or "none". */
    private boolean named;

    private List<String> classify(String sentence, String previous, String title) {
        String f = TextFold.fold(sentence);
        List<DateMention> ms = recognizer.find(sentence, f);
        List<CueHit> hits = LEXICON.find(f);
        List<CueHit> prev = previous == null ? List.of() : LEXICON.find(TextFold.fold(previous));
        List<CueHit> tit = title == null ? List.of() : LEXICON.find(TextFold.fold(title));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            int from = i == 0 ? 0 : ClauseBoundaries.split(f, ms.get(i - 1).to(), ms.get(i).from());
            int to = i == ms.size() - 1 ? f.length() : ClauseBoundaries.split(f, ms.get(i).to(), ms.get(i + 1).from());
            Classification c = classifier.classify(f, hits, from, to, ms.get(i), new MentionContext() {
                @Override
                public List<CueHit> previousCues() {
                    return prev;
                }

                @Override
                public List<CueHit> titleCues() {
                    return tit;
                }

                @Override
                public boolean eventNamed() {
                    return named;
                }
            });
            out.add(c == null ? "none" : c.kind().json() + "/" + c.type() + (c.opening() ? "/opening" : ""));
        }
        return out;
    }

    private List<String> classify(String sentence) {
        return classify(sentence, null, null);
    }

    @Test
    void makesAConferenceOfAConferenceCueInFrenchAndEnglish() {
        assertThat(classify("La conférence BreizhCamp aura lieu du 1er au 3 juillet à Rennes."))
                .containsExactly("event/conference");
        assertThat(classify("Open Source Summit Europe will be held August 31 – September 2 in Prague."))
                .containsExactly("event/conference");
    }

    @Test
    void typesMeetupsWebinarsHackathonsAndReleases() {
        assertThat(classify("Le prochain meetup Python Rennes se tiendra le jeudi 9 avril.")).containsExactly("event/meetup");
        assertThat(classify("Join our webinar on Thursday, May 7 at 5 pm.")).containsExactly("event/webinar");
        assertThat(classify("The hackathon runs from Friday, June 12 through Sunday, June 14.")).containsExactly("event/hackathon");
        assertThat(classify("Kubernetes 1.36 sera disponible le mercredi 22 avril.")).containsExactly("event/release");
        assertThat(classify("Fedora 44 is scheduled for release on April 21.")).containsExactly("event/release");
        assertThat(classify("La version 3.1, qui ajoute les tuiles vectorielles, est attendue le mardi 14 octobre."))
                .containsExactly("event/release");
        assertThat(classify("La version 2.2 est annoncée pour le 9 mars.")).containsExactly("event/release");
        assertThat(classify("The regional game fair returns to the docks from 8 to 11 October.")).containsExactly("event/conference");
        assertThat(classify("The new handset goes on sale on 17 September.")).containsExactly("event/release");
    }

    @Test
    void makesADeadlineOfAConsultation() {
        assertThat(classify("La consultation court du 6 janvier au 3 février 2026.")).containsExactly("deadline/consultation");
        assertThat(classify("The public comment period runs through July 17.")).containsExactly("deadline/consultation");
        assertThat(classify("Responses are due by 28 November 2025.")).containsExactly("deadline/consultation");
        assertThat(classify("Operators and users can respond until 24 April.")).containsExactly("deadline/consultation");
        assertThat(classify("Les réponses sont attendues au plus tard le 12 juin.")).containsExactly("deadline/consultation");
    }

    @Test
    void makesADeadlineOfACallForPapersThatClosesEvenNextToTheEventName() {
        assertThat(classify("L'appel à conférenciers du Paris Open Source Summit est ouvert jusqu'au 15 mai."))
                .containsExactly("deadline/call-for-papers");
        assertThat(classify("The call for proposals for Open Source Summit North America closes on February 9, 2026."))
                .containsExactly("deadline/call-for-papers");
    }

    @Test
    void makesDeadlinesOfRegistrationsTicketsAndApplications() {
        assertThat(classify("Les inscriptions au hackathon sont ouvertes jusqu'au 20/03/2026.")).containsExactly("deadline/registration");
        assertThat(classify("La billetterie de Devoxx France ferme le 31 mars.")).containsExactly("deadline/tickets");
        assertThat(classify("Clôture des candidatures : 15.06.2026.")).containsExactly("deadline/applications");
    }

    @Test
    void makesADeadlineOfADateIntroducedByDeadlineByOrAvantLe() {
        assertThat(classify("The deadline for applications is April 8.")).containsExactly("deadline/applications");
        assertThat(classify("Talk submissions for SREcon are due by March 15.")).containsExactly("deadline/call-for-papers");
        assertThat(classify("Les propositions de talks doivent être envoyées avant le 1er mars.")).containsExactly("deadline/call-for-papers");
    }

    @Test
    void makesAnEventOfAWebinarOneSignsUpFor() {
        assertThat(classify("Sign up for the free webinar on June 4.")).containsExactly("event/webinar");
    }

    @Test
    void givesEachDateTheCuesOfItsOwnClause() {
        assertThat(classify("La KubeCon Europe se tiendra du 23 au 26 mars 2026 à Amsterdam et son appel à propositions se termine le 24 novembre."))
                .containsExactly("event/conference", "deadline/call-for-papers");
        assertThat(classify("Au programme : le meetup CNCF Lille le mardi 7 avril, puis un webinaire le jeudi 9 avril."))
                .containsExactly("event/meetup", "event/webinar");
    }

    @Test
    void flagsADeadlineThatOpens() {
        assertThat(classify("Les inscriptions ouvrent le 3 mars et ferment le 30 avril."))
                .startsWith("deadline/registration/opening");
    }

    @Test
    void ignoresADateThatStartsAPastPeriod() {
        assertThat(classify("Depuis le 3 mars, la conférence est gérée par une fondation.")).containsExactly("none");
        assertThat(classify("Since March 3, 2024 the summit has been run by a foundation.")).containsExactly("none");
        assertThat(classify("Né le 12 mars 1970, il a lancé le meetup.")).containsExactly("none");
    }

    @Test
    void ignoresAPastEditionEvenWithoutItsYear() {
        assertThat(classify("Last year's edition of the summit took place on 27 May in Paris.")).containsExactly("none");
        assertThat(classify("L'édition précédente s'était tenue le 2 octobre à Clermont-Ferrand.")).containsExactly("none");
    }

    @Test
    void makesADeadlineOfAnEventCueWithADayGivenAsAnEnd() {
        assertThat(classify("Les agents peuvent encadrer un atelier jusqu'au 15 septembre.")).containsExactly("deadline/null");
    }

    @Test
    void ignoresACodeFreezeButNotAReleaseOnTheSameDay() {
        assertThat(classify("Le gel du code est prévu le 16 juillet.", "Kubernetes 1.37 sortira le 18 août.", null))
                .containsExactly("none");
        assertThat(classify("The first beta is due on May 5, which also marks the feature freeze."))
                .containsExactly("event/release");
    }

    @Test
    void ignoresADateReplacedByAnother() {
        assertThat(classify("La consultation est prolongée jusqu'au 30 juin, au lieu du 31 mai initialement prévu."))
                .containsExactly("deadline/consultation", "none");
    }

    @Test
    void ignoresAnniversariesEntryIntoForceEndOfLifeAndEarnings() {
        assertThat(classify("Le noyau fêtera son anniversaire le 25 août lors d'une conférence.")).containsExactly("none");
        assertThat(classify("Rules for high-risk systems come into force on 2 August 2026.")).containsExactly("none");
        assertThat(classify("Versions 1.33 and 1.34 reach end of life on February 28.")).containsExactly("none");
        assertThat(classify("The company reports second-quarter earnings on July 28.")).containsExactly("none");
    }

    @Test
    void ignoresADateWithNoCueAround() {
        assertThat(classify("L'audience est fixée au 14 avril.", "Le procès a été reporté.", "Données de santé"))
                .containsExactly("none");
        assertThat(classify("Offre valable jusqu'au 31 mars dans la limite des stocks disponibles."))
                .containsExactly("none");
    }

    @Test
    void borrowsTheCuesOfThePreviousSentenceWhenTheClauseHasNone() {
        assertThat(classify("Plus de deux mille participants sont attendus le mardi 3 février 2026.",
                "Une équipe prépare les Cloud Native Days, une conférence associative.", null))
                .containsExactly("event/conference");
        assertThat(classify("Vous avez jusqu'au vendredi 27 novembre pour répondre.",
                "Une consultation publique porte sur l'accès aux données.", null))
                .containsExactly("deadline/consultation");
    }

    @Test
    void makesAConferenceOfAnUncuedDateNextToAnEventName() {
        named = true;
        assertThat(classify("D'après l'équipe, deux mille personnes viendront le mardi 3 février 2026.")).containsExactly("event/conference");
        named = false;
        assertThat(classify("D'après l'équipe, deux mille personnes viendront le mardi 3 février 2026.")).containsExactly("none");
    }

    @Test
    void readsAScheduledThingAfterAConsultationAsTheConsultation() {
        assertThat(classify("Elle se déroulera du 2 mars au 17 avril 2026.",
                "L'ANSSI lance une consultation sur le référentiel.", null))
                .containsExactly("deadline/consultation");
    }

    @Test
    void readsAScheduledThingAsAConferenceByDefault() {
        assertThat(classify("Sunny Tech se tiendra les 2 et 3 juillet à Montpellier.")).containsExactly("event/conference");
        assertThat(classify("The EU open-source get-together takes place 5-6 December in Brussels.", null, "A hackathon for Europe"))
                .containsExactly("event/hackathon");
    }
}
