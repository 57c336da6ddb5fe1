package io.veille.enricher.stream;

import io.veille.common.event.EnrichedArticle;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An enriched article together with the bytes it is written as. The size check needs the serialized
 * form anyway; carrying it to the sink saves serializing every article a second time (JSON of about
 * 10 KB: the largest cost of the topology after the understanding itself).
 *
 * @param article the article, for the steps that read it (watches, trends)
 * @param bytes   its record value on {@code veille.articles.enriched}
 */
record SerializedArticle(EnrichedArticle article, byte[] bytes) {

    /**
     * Serializes {@code article}, or throws a {@link ResultTooLargeException} when it would take more
     * than {@code maxBytes}: thrown before the write, so the processing handler dead-letters the source.
     */
    static SerializedArticle fitting(String id, EnrichedArticle article, Serializer<EnrichedArticle> serializer, int maxBytes) {
        byte[] bytes = serializer.serialize(null, article);
        if (bytes.length > maxBytes) {
            throw new ResultTooLargeException(id, bytes.length, maxBytes);
        }
        return new SerializedArticle(article, bytes);
    }

    /** The sink's serde: writes the bytes already made; never read back (the indexer reads {@link EnrichedArticle}). */
    static Serde<SerializedArticle> sinkSerde() {
        Serializer<SerializedArticle> write = (topic, serialized) -> serialized == null ? null : serialized.bytes();
        Deserializer<SerializedArticle> read = (topic, bytes) -> {
            throw new UnsupportedOperationException("serialized articles are only written");
        };
        return Serdes.serdeFrom(write, read);
    }
}
