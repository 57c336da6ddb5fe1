package io.veille.ingester.schedule;

import io.veille.ingester.produce.PollOutcome;

import java.util.List;

/**
 * The totals of one pass over the feeds, as {@code veille ingest --once} prints them.
 *
 * @param outcomes one per feed polled, in the order the feeds were given
 * @param elapsed  how long the pass took (fetching, parsing, producing, saving state)
 */
public record RunSummary(List<PollOutcome> outcomes, java.time.Duration elapsed) {
    public RunSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long ok() {
        return count(PollOutcome.Status.OK);
    }

    public long notModified() {
        return count(PollOutcome.Status.NOT_MODIFIED);
    }

    public long failed() {
        return count(PollOutcome.Status.FAILED);
    }

    public int added() {
        return outcomes.stream().mapToInt(PollOutcome::added).sum();
    }

    public int updated() {
        return outcomes.stream().mapToInt(PollOutcome::updated).sum();
    }

    /** One line: {@code feeds: 9 ok, 0 not modified, 1 failed; articles: 54 new, 2 updated (812 ms)}. */
    public String line() {
        return "feeds: " + ok() + " ok, " + notModified() + " not modified, " + failed() + " failed; articles: "
                + added() + " new, " + updated() + " updated (" + elapsed.toMillis() + " ms)";
    }

    private long count(PollOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
