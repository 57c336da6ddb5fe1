package io.veille.ingester.produce;

import io.veille.ingester.state.FeedState;

/**
 * What one poll of one feed did.
 *
 * @param feedId   the feed
 * @param status   OK (a body was read), NOT_MODIFIED (304) or FAILED
 * @param added    articles emitted for the first time
 * @param updated  articles emitted again because their content changed
 * @param movedTo  the feed's new URL after a permanent redirect, or null
 * @param error    the failure's one-line message, or null
 * @param state    the feed's state after the poll (already saved)
 */
public record PollOutcome(String feedId, Status status, int added, int updated, String movedTo, String error, FeedState state) {
    /** How a poll ended. */
    public enum Status { OK, NOT_MODIFIED, FAILED }
}
