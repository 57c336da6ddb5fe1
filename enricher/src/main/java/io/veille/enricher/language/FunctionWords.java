package io.veille.enricher.language;

import org.apache.lucene.analysis.CharArrayMap;

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

    private static final CharArrayMap<Integer> LANGUAGE_OF_WORD = new CharArrayMap<>(512, false);

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

    /** The longest function word: longer words are looked up no further. */
    private static final int LONGEST_WORD = 8;

    /**
     * The language text[from, to) is a function word of, or -1: the word lower-cased char by char into
     * {@code buffer}, without allocation, as {@code String.toLowerCase(Locale.ROOT)} would (no function word
     * holds a char whose lower case is longer, such as U+0130, so a word containing one is none).
     */
    private static int languageOf(String text, int from, int to, char[] buffer) {
        if (to - from > LONGEST_WORD) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u0130') {
                return -1;
            }
            buffer[i - from] = Character.toLowerCase(c);
        }
        Integer language = LANGUAGE_OF_WORD.get(buffer, 0, to - from);
        return language == null ? -1 : language;
    }

    private static void add(int language, String words) {
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                Integer before = LANGUAGE_OF_WORD.get(w);
                if (w.length() > LONGEST_WORD) {
                    throw new IllegalStateException("function word longer than " + LONGEST_WORD + ": " + w);
                }
                // a word listed twice belongs to no language
                LANGUAGE_OF_WORD.put(w, before == null ? language : -1);
            }
        }
    }

    /** The served language code the text is clearly written in, or null when it is not clear. */
    static String clearLanguage(String text) {
        int[] hits = new int[LanguageIdentifier.SERVED.size()];
        char[] word = new char[LONGEST_WORD];
        int words = 0;
        int start = -1;
        for (int i = 0, n = text.length(); i <= n && words < MAX_WORDS; i++) {
            boolean letter = i < n && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                int language = languageOf(text, start, i, word);
                if (language >= 0) {
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
