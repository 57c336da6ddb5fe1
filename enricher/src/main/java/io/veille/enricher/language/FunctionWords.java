package io.veille.enricher.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fast first opinion on the language of a text: counts, among its first {@value #MAX_WORDS} words, the
 * function words (articles, pronouns, prepositions, auxiliaries) that belong to one served language only.
 * Article-length prose in one of our languages has dozens of them, so a clear majority settles the
 * question in microseconds; short or mixed text gets no opinion and goes to Lingua.
 */
final class FunctionWords {
    static final int MAX_WORDS = 120;
    /** The least count of the leading language for an opinion. */
    static final int MIN_HITS = 6;
    /** How many times the runner-up's count the leader needs. */
    static final int MIN_RATIO = 4;

    private static final Map<String, Integer> LANGUAGE_OF_WORD = new HashMap<>();

    static {
        add(0, "le les des du et est une dans pour qui sur pas au aux avec cette sont ont leur mais ses nous vous ils elle être été aussi très fait peut sans depuis par ce cet ces leurs");
        add(1, "the and of to that for with on are by this it from has have be its at which their been were they would can not more about but or into after than also these there");
        add(2, "der die das und ist nicht mit auf für den ein eine zu von im sich auch dem sind wird werden wie oder bei nach noch über einen einer dass hat durch");
        add(3, "el los las y más es pero sus también hay fue muy cuando donde según aunque sin puede tiene otros");
        add(4, "gli della che di per sono è delle nel alla dei degli anche più questo questa dalla sul nella essere stato loro");
        add(5, "het een van dat op niet met voor zijn aan ook wordt bij naar om worden deze maar heeft hebben dit nog uit kan er door werd meer zo");
        add(6, "os em um uma não na ao pela pelo são foi seu ser quando muito isso esse essa já também");
    }

    private FunctionWords() {
    }

    private static void add(int language, String words) {
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                LANGUAGE_OF_WORD.merge(w, language, (a, b) -> -1); // a word listed twice belongs to no language
            }
        }
    }

    /** The served language code the text is clearly written in, or null when it is not clear. */
    static String clearLanguage(String text) {
        int[] hits = new int[LanguageIdentifier.SERVED.size()];
        int words = 0;
        int start = -1;
        for (int i = 0, n = text.length(); i <= n && words < MAX_WORDS; i++) {
            boolean letter = i < n && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                Integer language = LANGUAGE_OF_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (language != null && language >= 0) {
                    hits[language]++;
                }
                start = -1;
            }
        }
        int best = 0;
        for (int l = 1; l < hits.length; l++) {
            if (hits[l] > hits[best]) {
                best = l;
            }
        }
        int second = 0;
        for (int l = 0; l < hits.length; l++) {
            if (l != best) {
                second = Math.max(second, hits[l]);
            }
        }
        return hits[best] >= MIN_HITS && hits[best] >= MIN_RATIO * second ? LanguageIdentifier.SERVED.get(best) : null;
    }
}
