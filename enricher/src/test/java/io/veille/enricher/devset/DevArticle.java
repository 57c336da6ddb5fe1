package io.veille.enricher.devset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One labelled article of the development set ({@code devset/*.jsonl}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DevArticle(String id, String split, String lang, String title, String text, String publishedAt,
                         List<String> topics, Boolean sponsored, List<Event> events) {

    public boolean heldOut() {
        return "heldout".equals(split);
    }

    /** A labelled event or deadline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String kind, String type, String name, String start, String end, String venue, String city) {
    }
}
