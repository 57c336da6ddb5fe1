package io.veille.indexer.write;

/**
 * What to do with one item of a bulk response, decided from its HTTP status and error type alone.
 */
public enum ItemOutcome {
    /** Elasticsearch stored the document. */
    WRITTEN,
    /** Elasticsearch already holds a newer version of the article: the write is obsolete, which is success. */
    SUPERSEDED,
    /** Elasticsearch refuses this document (mapping, parsing): retrying cannot help; dead-letter it. */
    REJECTED,
    /** A transient refusal (429, 5xx, a read-only block, a missing shard): retry it later. */
    RETRY;

    /**
     * @param status    the item's HTTP status
     * @param errorType the item's error type, or null when it has none
     */
    public static ItemOutcome classify(int status, String errorType) {
        if (errorType == null && status >= 200 && status < 300) {
            return WRITTEN;
        }
        if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
            return SUPERSEDED;
        }
        if (status == 429 || status >= 500 || status == 403 || status == 404 || status == 408
                || "cluster_block_exception".equals(errorType)) {
            return RETRY;
        }
        if (status >= 400) {
            return REJECTED;
        }
        return RETRY;
    }
}
