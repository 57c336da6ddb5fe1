package io.veille.enricher.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cities where tech events happen, in their French and English forms ("Bruxelles", "Brussels"), read from
 * a data file ({@code cities.tsv}). Finds them as capitalized words of a sentence ("à Lyon",
 * "CENTQUATRE-PARIS") and names them in one canonical form (English). Immutable and thread-safe.
 */
final class CityGazetteer {
    static final String DEFAULT_RESOURCE = "/io/veille/enricher/events/cities.tsv";

    /** A city found in a sentence. */
    record Hit(String city, int from, int to) {
    }

    private record Form(String folded, String city) {
    }

    /** Forms by their first two folded chars (ASCII; other first chars share bucket 0). */
    @SuppressWarnings("unchecked")
    private final List<Form>[] byKey = new List[128 * 128];

    private CityGazetteer(List<Form> forms) {
        for (Form f : forms) {
            int k = key(f.folded(), 0);
            if (byKey[k] == null) {
                byKey[k] = new ArrayList<>(2);
            }
            byKey[k].add(f);
        }
        for (List<Form> bucket : byKey) {
            if (bucket != null) {
                bucket.sort((a, b) -> b.folded().length() - a.folded().length());
            }
        }
    }

    private static int key(String s, int i) {
        if (i + 1 >= s.length()) {
            return 0;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return (a < 128 && b < 128) ? a * 128 + b : 0;
    }

    /** The gazetteer bundled with Veille. */
    static CityGazetteer bundled() {
        try (InputStream in = CityGazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code canonical<TAB>form|form...} lines, {@code #} comments. */
    static CityGazetteer read(InputStream in) throws IOException {
        List<Form> forms = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String city = f[0].trim();
            forms.add(new Form(TextFold.fold(city), city));
            if (f.length > 1 && !f[1].isBlank()) {
                for (String v : f[1].split("\\|")) {
                    if (!v.isBlank()) {
                        forms.add(new Form(TextFold.fold(v.trim()), city));
                    }
                }
            }
        }
        return new CityGazetteer(forms);
    }

    /** The cities named in {@code sentence} ({@code folded} is its folded form), in order. */
    List<Hit> find(String sentence, String folded) {
        List<Hit> out = new ArrayList<>(2);
        int n = folded.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!Character.isUpperCase(sentence.charAt(i)) || (i > 0 && Character.isLetter(sentence.charAt(i - 1)))) {
                continue;
            }
            List<Form> bucket = byKey[key(folded, i)];
            if (bucket == null) {
                continue;
            }
            for (Form f : bucket) {
                int end = i + f.folded().length();
                if (folded.startsWith(f.folded(), i) && (end == n || !Character.isLetter(folded.charAt(end)))) {
                    out.add(new Hit(f.city(), i, end));
                    i = end - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The city that {@code text} names, or null. */
    String cityIn(String text) {
        List<Hit> hits = find(text, TextFold.fold(text));
        return hits.isEmpty() ? null : hits.get(0).city();
    }
}
