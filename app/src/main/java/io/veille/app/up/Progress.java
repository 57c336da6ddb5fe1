package io.veille.app.up;

/**
 * How far the pipeline has got, as the status line shows it. Article counts are totals of the data
 * dir (a resumed run starts from what earlier runs left), feed counts are of this run.
 *
 * @param feeds         enabled feeds in the registry
 * @param feedsFetched  feeds polled at least once by this run
 * @param feedsFailed   feeds whose last poll failed
 * @param ingested      raw articles in {@code veille.articles.raw}
 * @param enriched      enriched articles committed to {@code veille.articles.enriched}
 * @param indexed       documents in the article index
 * @param deadLettered  records in {@code veille.articles.dlq}
 */
public record Progress(int feeds, int feedsFetched, int feedsFailed, long ingested, long enriched, long indexed,
                       long deadLettered) {
}
