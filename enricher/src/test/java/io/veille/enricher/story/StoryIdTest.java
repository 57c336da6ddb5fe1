package io.veille.enricher.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIdTest {
    private static final String STORY = "La Commission européenne a ouvert une consultation publique sur sa future stratégie "
            + "pour les logiciels libres. Les développeurs, les entreprises et les citoyens peuvent répondre jusqu'au "
            + "3 février sur le portail officiel. Bruxelles veut réduire la dépendance du continent aux fournisseurs "
            + "extra-européens et mieux financer les projets dont dépend l'économie numérique. Les associations du "
            + "secteur saluent une initiative attendue depuis longtemps, tout en réclamant des moyens concrets.";

    @Test
    void theSameTextGivesTheSameIdWhicheverCopyArrivesFirst() {
        assertThat(StoryId.of(STORY)).isEqualTo(StoryId.of(new String(STORY)));
        assertThat(StoryId.of(STORY)).startsWith("s-").hasSize(18);
    }

    @Test
    void caseAccentsAndPunctuationDoNotChangeTheId() {
        String reformatted = STORY.toUpperCase().replace("é", "e").replace(",", " ;").replace(".", " !");
        assertThat(StoryId.of(reformatted)).isEqualTo(StoryId.of(STORY));
    }

    @Test
    void aRepostWithASignatureAddedKeepsTheId() {
        assertThat(StoryId.of(STORY + " Source : le portail de la Commission.")).isEqualTo(StoryId.of(STORY));
    }

    @Test
    void unrelatedArticlesGetDifferentIds() {
        String other = "Le constructeur a présenté un smartphone pliant plus fin et plus léger que le précédent, "
                + "avec une charnière renforcée et un écran extérieur plus grand. Il sera vendu dès le mois prochain.";
        assertThat(StoryId.of(other)).isNotEqualTo(StoryId.of(STORY));
    }

    @Test
    void shortAndEmptyTextsAreHandled() {
        assertThat(StoryId.of("Trois mots seulement")).startsWith("s-");
        assertThat(StoryId.of("")).isNull();
        assertThat(StoryId.of(null)).isNull();
    }
}
