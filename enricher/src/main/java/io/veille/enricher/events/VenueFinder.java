package io.veille.enricher.events;

import java.util.List;
import java.util.Set;

/**
 * Finds where an event takes place: a capitalized place name after "au", "aux", "à la", "à l'", "at the"
 * ("au CENTQUATRE-PARIS", "at the RAI Amsterdam", "aux Docks de Paris"), or after a bare "à"/"at" when the
 * name holds a place word ("à Lille Grand Palais", "à Station F"). A city alone is not a venue. A trailing
 * "de Paris" is dropped from a venue long enough without it ("Palais des Congrès de Paris" →
 * "Palais des Congrès"). Stateless and thread-safe.
 */
final class VenueFinder {
    private static final Set<String> PLACE_WORDS = Set.of(
            "palais", "palace", "centre", "center", "cite", "maison", "beffroi", "docks", "halle", "hall", "parc",
            "park", "campus", "arena", "theatre", "theater", "hotel", "universite", "university", "institut",
            "institute", "espace", "salle", "pavillon", "station", "grand", "centquatre", "messe", "expo", "rai",
            "excel", "auditorium", "amphitheatre", "tour", "tower", "stade", "stadium", "musee", "museum", "ecole",
            "school", "faculte", "bibliotheque", "library", "carreau", "dome");

    private final CityGazetteer cities;

    VenueFinder(CityGazetteer cities) {
        this.cities = cities;
    }

    /** The venue named in {@code sentence} nearest to offset {@code near}, or null. */
    String find(String sentence, String folded, List<NameRun> runs, int near) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (NameRun r : runs) {
            int prep = preposition(folded, r.from());
            if (prep == 0) {
                continue;
            }
            String venue = r.text();
            boolean placeWord = hasPlaceWord(venue);
            if (prep == 1 && !placeWord) {
                continue;
            }
            String city = cities.cityIn(venue);
            if (city != null && !placeWord && TextFold.fold(venue).length() <= TextFold.fold(city).length() + 1) {
                continue; // "à Amsterdam": a city, not a venue
            }
            venue = dropTrailingCity(venue);
            int d = Math.abs(r.from() - near);
            if (d < bestDistance) {
                best = venue;
                bestDistance = d;
            }
        }
        return best;
    }

    /** 2 after "au", "aux", "à la", "à l'", "at the"; 1 after a bare "à", "at"; else 0. */
    private static int preposition(String f, int at) {
        int e = at;
        if (e >= 2 && f.charAt(e - 1) == '\'' && f.charAt(e - 2) == 'l') {
            return endsWith(f, e - 2, "a ") ? 2 : 0; // "à l'Hôtel"
        }
        while (e > 0 && f.charAt(e - 1) == ' ') {
            e--;
        }
        if (endsWith(f, e, "au") || endsWith(f, e, "aux") || endsWith(f, e, "a la") || endsWith(f, e, "at the")) {
            return 2;
        }
        if (endsWith(f, e, "a") || endsWith(f, e, "at")) {
            return 1;
        }
        return 0;
    }

    private static boolean endsWith(String f, int end, String word) {
        int s = end - word.length();
        return s >= 0 && f.startsWith(word, s) && (s == 0 || !Character.isLetter(f.charAt(s - 1)));
    }

    private static boolean hasPlaceWord(String venue) {
        for (String w : TextFold.fold(venue).split("[ \\-]")) {
            if (PLACE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private String dropTrailingCity(String venue) {
        int de = venue.lastIndexOf(" de ");
        if (de > 0 && venue.substring(0, de).indexOf(' ') > 0) {
            String tail = venue.substring(de + 4);
            String city = cities.cityIn(tail);
            if (city != null && tail.length() <= city.length() + 1) {
                return venue.substring(0, de);
            }
        }
        return venue;
    }
}
