package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateExpressionRecognizerTest {
    private final DateExpressionRecognizer recognizer = new DateExpressionRecognizer();

    private List<DateMention> find(String s) {
        return recognizer.find(s, TextFold.fold(s));
    }

    /** The only mention of {@code s}, as "d/m/y-d/m/y" (year 0 when missing). */
    private String only(String s) {
        List<DateMention> found = find(s);
        assertThat(found).as("date expressions in: %s", s).hasSize(1);
        DateMention m = found.get(0);
        return m.startDay() + "/" + m.startMonth() + "/" + m.startYear() + "-" + m.endDay() + "/" + m.endMonth() + "/" + m.endYear();
    }

    @Test
    void readsAFrenchDayWithWeekdayAndYear() {
        assertThat(only("Rendez-vous le mardi 3 février 2026 au 104.")).isEqualTo("3/2/2026-3/2/2026");
    }

    @Test
    void readsAFrenchDayWithoutYearLeavingTheYearOpen() {
        assertThat(only("Le meetup a lieu le 3 février.")).isEqualTo("3/2/0-3/2/0");
    }

    @Test
    void readsAFrenchRangeAcrossMonthsSharingTheYear() {
        assertThat(only("La consultation court du 6 janvier au 3 février 2026.")).isEqualTo("6/1/2026-3/2/2026");
    }

    @Test
    void readsAFrenchRangeEndingWithJusquAu() {
        assertThat(only("Ouvert du 6 janvier jusqu'au 3 février 2026.")).isEqualTo("6/1/2026-3/2/2026");
    }

    @Test
    void readsTwoFrenchDaysJoinedByEtAsARange() {
        assertThat(only("Les DevOpsDays ont lieu les 2 et 3 décembre à Paris.")).isEqualTo("2/12/0-3/12/0");
    }

    @Test
    void readsThreeFrenchDaysListedWithCommas() {
        assertThat(only("Les Assises se tiendront les 7, 8 et 9 octobre à Monaco.")).isEqualTo("7/10/0-9/10/0");
    }

    @Test
    void readsFrenchFirstOfTheMonth() {
        assertThat(only("Date limite : 1er mars.")).isEqualTo("1/3/0-1/3/0");
        assertThat(only("BreizhCamp aura lieu du 1er au 3 juillet.")).isEqualTo("1/7/0-3/7/0");
    }

    @Test
    void readsAFrenchRangeWithWeekdaysOnBothEnds() {
        assertThat(only("Du lundi 2 au mercredi 4 mars 2026.")).isEqualTo("2/3/2026-4/3/2026");
    }

    @Test
    void readsAnEnglishMonthFirstDateWithYear() {
        assertThat(only("The CFP closes on February 3, 2026.")).isEqualTo("3/2/2026-3/2/2026");
    }

    @Test
    void readsAnEnglishWeekdayMonthFirstDate() {
        assertThat(only("The meetup is on Tuesday, March 3, 2026.")).isEqualTo("3/3/2026-3/3/2026");
    }

    @Test
    void readsAnAbbreviatedEnglishRangeWithAnEnDash() {
        assertThat(only("Nordic PGDay runs Feb 3–5 in Helsinki.")).isEqualTo("3/2/0-5/2/0");
        assertThat(only("Nordic PGDay runs Feb. 3-5 in Helsinki.")).isEqualTo("3/2/0-5/2/0");
    }

    @Test
    void readsTwoEnglishDaysJoinedByAndWithTheYear() {
        assertThat(only("FOSDEM takes place on 30 and 31 January 2027.")).isEqualTo("30/1/2027-31/1/2027");
        assertThat(only("The summit is on June 3 and 4, 2026.")).isEqualTo("3/6/2026-4/6/2026");
    }

    @Test
    void readsOrdinalDaysInEnglish() {
        assertThat(only("The Rust meetup is on the 3rd of March.")).isEqualTo("3/3/0-3/3/0");
        assertThat(only("The summit is set for June 24th in Berlin.")).isEqualTo("24/6/0-24/6/0");
        assertThat(only("Join us on Thursday 5th March 2026.")).isEqualTo("5/3/2026-5/3/2026");
    }

    @Test
    void readsAnEnglishRangeAcrossMonthsWithAnEmDash() {
        assertThat(only("The summit runs August 31 — September 2 in Prague.")).isEqualTo("31/8/0-2/9/0");
        assertThat(only("Registration is open Jan 20 – Feb 6.")).isEqualTo("20/1/0-6/2/0");
    }

    @Test
    void readsAnEnglishRangeEndingWithUntil() {
        assertThat(only("Voting is open from 2 March until 16 March 2026.")).isEqualTo("2/3/2026-16/3/2026");
    }

    @Test
    void readsAnEnglishMonthFirstDayRangeWithTo() {
        assertThat(only("From June 10 to 12, the faculty hosts the talks.")).isEqualTo("10/6/0-12/6/0");
    }

    @Test
    void readsAnEnglishRangeWithWeekdaysAndThrough() {
        assertThat(only("The hackathon runs from Friday, June 12 through Sunday, June 14.")).isEqualTo("12/6/0-14/6/0");
    }

    @Test
    void readsBetweenAndAsARange() {
        assertThat(only("It takes place between 20 and 21 January.")).isEqualTo("20/1/0-21/1/0");
        assertThat(only("The survey ran between March 1 and March 15.")).isEqualTo("1/3/0-15/3/0");
    }

    @Test
    void readsTwoConsecutiveFullDaysJoinedByAndAsARange() {
        assertThat(only("SeaGL happens Friday, November 6 and Saturday, November 7.")).isEqualTo("6/11/0-7/11/0");
        assertThat(only("Les 30 avril et 1er mai 2026.")).isEqualTo("30/4/2026-1/5/2026");
    }

    @Test
    void keepsTwoFullDatesJoinedByAndApartWithoutBetween() {
        assertThat(find("The meetups are on March 3 and March 5.")).hasSize(2);
    }

    @Test
    void readsARangeAcrossNewYearGivingTheStartThePreviousYear() {
        assertThat(only("Du 28 décembre au 3 janvier 2027.")).isEqualTo("28/12/2026-3/1/2027");
        assertThat(only("From December 27, 2026 to January 2, 2027.")).isEqualTo("27/12/2026-2/1/2027");
    }

    @Test
    void readsAnIsoDate() {
        assertThat(only("Date limite des candidatures : 2026-05-30.")).isEqualTo("30/5/2026-30/5/2026");
    }

    @Test
    void readsNumericDatesDayFirst() {
        assertThat(only("Inscriptions jusqu'au 03/02/2026.")).isEqualTo("3/2/2026-3/2/2026");
        assertThat(only("Clôture des candidatures : 15.06.2026.")).isEqualTo("15/6/2026-15/6/2026");
    }

    @Test
    void readsAnIsoDateWithSlashes() {
        assertThat(only("Deadline: 2026/04/30.")).isEqualTo("30/4/2026-30/4/2026");
    }

    @Test
    void readsADayAndMonthWithoutYearOnlyRightAfterAWordThatIntroducesADate() {
        assertThat(only("Le meetup a lieu le 12/03 à Lille.")).isEqualTo("12/3/0-12/3/0");
        assertThat(only("Inscriptions jusqu'au 3/4.")).isEqualTo("3/4/0-3/4/0");
        assertThat(find("Les 3/4 des participants et 1/2 journée.")).isEmpty();
    }

    @Test
    void readsANumericDateMonthFirstOnlyWhenDayFirstIsImpossible() {
        assertThat(only("Tickets end 02/28/2026.")).isEqualTo("28/2/2026-28/2/2026");
    }

    @Test
    void ignoresAYearAlone() {
        assertThat(find("En 2020, le projet comptait 3 développeurs et visait 2030.")).isEmpty();
    }

    @Test
    void ignoresAMonthWithoutADay() {
        assertThat(find("The conference returns in March 2026, as in Q3 2025.")).isEmpty();
    }

    @Test
    void ignoresVersionNumbersAndPrices() {
        assertThat(find("Kubernetes 1.31 et la version 3.12.4 coûtent 2026 € ou $2,026; Ubuntu 26.10 aussi.")).isEmpty();
    }

    @Test
    void ignoresNumbersGluedToUnits() {
        assertThat(find("Le 5G mars réseau")).isEmpty();
    }

    @Test
    void stopsTheDateBeforeAFollowingCount() {
        assertThat(only("Le 3 février, 10 000 comptes ont fui.")).isEqualTo("3/2/0-3/2/0");
        assertThat(only("On March 10, 12 teams competed.")).isEqualTo("10/3/0-10/3/0");
    }

    @Test
    void ignoresDaysThatDoNotExist() {
        assertThat(find("Le 31 février 2026 n'existe pas, le 31 avril non plus.")).isEmpty();
    }

    @Test
    void readsMayAndMarchOnlyWhenCapitalized() {
        assertThat(find("You may 3 times try, then march 4 miles.")).isEmpty();
        assertThat(only("The release ships May 3.")).isEqualTo("3/5/0-3/5/0");
    }

    @Test
    void givesTheOffsetsOfTheExpression() {
        String s = "Rendez-vous le mardi 3 février 2026 au 104.";
        DateMention m = find(s).get(0);
        assertThat(s.substring(m.from(), m.to())).isEqualTo("mardi 3 février 2026");
    }
}
