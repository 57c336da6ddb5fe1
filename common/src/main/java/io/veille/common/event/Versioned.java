package io.veille.common.event;

/** An event that says which version of its schema it was written with. */
public interface Versioned {
    int schemaVersion();
}
