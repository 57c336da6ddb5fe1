package io.veille.ingester.parse;

/** The syndication formats the parser reads, each recognised from the document's content. */
public enum FeedFormat {
    RSS_0_90, RSS_0_9X, RSS_1_0, RSS_2_0, ATOM_0_3, ATOM_1_0, JSON_FEED_1_0, JSON_FEED_1_1
}
