package io.veille.ingester.state;

/** How a feed is doing, as {@code veille feeds list} shows it. */
public enum FeedHealth {
    /** Never polled yet. */
    NEW,
    /** The last poll succeeded. */
    OK,
    /** The last polls failed; polls back off exponentially and go on. */
    FAILING,
    /**
     * Failed too many times in a row: polled only at the longest interval, and shown as parked, until
     * a poll succeeds again (a parked feed is never dropped).
     */
    PARKED
}
