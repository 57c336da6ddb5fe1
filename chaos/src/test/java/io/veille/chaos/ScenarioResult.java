package io.veille.chaos;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one scenario measured, from the index itself: the articles the feeds published, the documents
 * found, ids that should not be there, ids missing, documents at an old revision, and duplicates
 * (more than one document for one article URL).
 *
 * @param timeToRecover  from the end of the fault to the first progress of the stage it hit (null: none, or no fault end)
 * @param timeToComplete from the end of the fault (or the start) to the index holding every article at its latest revision
 */
record ScenarioResult(String scenario, String fault, int sent, int updates, int found, int unexpected, int missing,
                      int stale, int duplicates, Duration timeToRecover, Duration timeToComplete, Duration wallTime,
                      List<String> died, String notes, String failure, boolean passed) {

    /** Compares the index with what the plan published. */
    static ScenarioResult check(String scenario, String fault, StreamPlan plan, Collection<IndexProbe.Doc> docs,
                                Duration timeToRecover, Duration timeToComplete, Duration wallTime, List<String> died, String notes,
                                String failure) {
        Map<String, String> expected = plan.expectedTitles();
        Map<String, Integer> perUrl = new HashMap<>();
        int unexpected = 0;
        int stale = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (IndexProbe.Doc doc : docs) {
            perUrl.merge(String.valueOf(doc.url()), 1, Integer::sum);
            String title = expected.get(doc.id());
            if (title == null) {
                unexpected++;
            } else {
                seen.add(doc.id());
                if (!title.equals(doc.title())) {
                    stale++;
                }
            }
        }
        int duplicates = perUrl.values().stream().mapToInt(n -> n - 1).sum();
        int missing = expected.size() - seen.size();
        boolean passed = failure == null && timeToComplete != null && unexpected == 0 && missing == 0 && stale == 0 && duplicates == 0
                && died.isEmpty();
        return new ScenarioResult(scenario, fault, plan.articles(), plan.updates(), docs.size(), unexpected, missing, stale,
                duplicates, timeToRecover, timeToComplete, wallTime, died, notes, failure, passed);
    }
}
