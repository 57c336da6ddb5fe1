package io.veille.ingester.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of an extracted text against a reference, over sets of 4-word shingles
 * (lower-cased words of letters and digits), as article-extraction benchmarks compute them.
 */
record ShingleScore(double precision, double recall, double f1) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static ShingleScore of(String extracted, String reference) {
        Set<String> e = shingles(extracted);
        Set<String> r = shingles(reference);
        Set<String> common = new HashSet<>(e);
        common.retainAll(r);
        double p = e.isEmpty() ? 0 : (double) common.size() / e.size();
        double rec = r.isEmpty() ? 0 : (double) common.size() / r.size();
        double f = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        return new ShingleScore(p, rec, f);
    }

    static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 4)));
        }
        return out;
    }
}
