package io.veille.ingester.schedule;

import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.produce.PollOutcome;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.state.FeedState;
import io.veille.ingester.state.KafkaFeedStateStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The ingester daemon. It joins the consumer group {@code ingester.group-id} on {@code veille.feeds}:
 * Kafka assigns it some partitions, and it polls only the feeds of those partitions. On each
 * assignment it reads the assigned partitions from their beginning (the registry is compacted: that
 * is the whole list of its feeds) and loads the states of the same partition numbers of
 * {@code veille.feed-state} (same keys, same partition count, so the same feeds). When an instance
 * stops or dies, the group gives its partitions — its feeds and their state — to the others.
 *
 * <p>The consumer is used by the loop thread only; polls run on a worker pool, each feed at most once
 * at a time, when its {@code nextPollAt} has come.
 */
public final class IngestDaemon implements Runnable, AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final String feedsTopic;
    private final KafkaFeedStateStore stateStore;
    private final Consumer<FeedRecord> onMoved;
    private final FeedPoller poller;
    private final Clock clock;
    private final ExecutorService workers;
    private final Map<Integer, Map<String, FeedRecord>> feedsByPartition = new ConcurrentHashMap<>();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> polls = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    public IngestDaemon(Map<String, Object> clientProps, String groupId, String feedsTopic, KafkaFeedStateStore stateStore,
                        KafkaFeedRegistry registry, FeedPoller poller, int threads, Clock clock) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.feedsTopic = feedsTopic;
        this.stateStore = stateStore;
        this.onMoved = registry::put;
        this.poller = poller;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "veille-poll");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(feedsTopic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                stateStore.flush(); // the next owner reads the states of these feeds: let it find the latest
                drop(partitions);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                drop(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (partitions.isEmpty()) {
                    return;
                }
                consumer.seekToBeginning(partitions);
                List<Integer> numbers = partitions.stream().map(TopicPartition::partition).toList();
                numbers.forEach(p -> feedsByPartition.putIfAbsent(p, new ConcurrentHashMap<>()));
                states.putAll(stateStore.load(numbers));
            }
        });
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, FeedRecord> feeds = feedsByPartition.get(record.partition());
                    if (feeds == null || record.key() == null) {
                        continue;
                    }
                    FeedRecord feed = record.value() == null ? null : KafkaFeedRegistry.decode(record.value());
                    if (feed == null) {
                        feeds.remove(record.key());
                    } else {
                        feeds.put(record.key(), feed);
                    }
                }
                dispatchDueFeeds();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(); // leaves the group at once: the others take the feeds over
            workers.shutdown();
        }
    }

    private void dispatchDueFeeds() {
        Instant now = clock.instant();
        for (Map<String, FeedRecord> feeds : feedsByPartition.values()) {
            for (FeedRecord feed : feeds.values()) {
                FeedState state = states.getOrDefault(feed.id(), FeedState.initial(feed.id()));
                boolean due = state.nextPollAt() == null || !state.nextPollAt().isAfter(now);
                if (feed.enabled() && due && inFlight.add(feed.id())) {
                    workers.submit(() -> pollOne(feed, state));
                }
            }
        }
    }

    private void pollOne(FeedRecord feed, FeedState state) {
        try {
            PollOutcome outcome = poller.poll(feed, state);
            states.put(feed.id(), outcome.state());
            polls.computeIfAbsent(feed.id(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            if (outcome.movedTo() != null) {
                onMoved.accept(feed.withUrl(outcome.movedTo()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            states.put(feed.id(), state.withNextPollAt(clock.instant().plus(Duration.ofMinutes(1))));
        } finally {
            inFlight.remove(feed.id());
        }
    }

    private void drop(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            Map<String, FeedRecord> feeds = feedsByPartition.remove(tp.partition());
            if (feeds != null) {
                feeds.keySet().forEach(states::remove);
            }
        }
    }

    /** The ids of the feeds this instance owns now. */
    public Set<String> ownedFeedIds() {
        return feedsByPartition.values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toSet());
    }

    /** The ids of the feeds this instance has polled since it started. */
    public Set<String> polledFeedIds() {
        return Set.copyOf(polls.keySet());
    }

    /** How many times this instance has polled each feed since it started. */
    public Map<String, Integer> pollCounts() {
        Map<String, Integer> counts = new HashMap<>();
        polls.forEach((id, n) -> counts.put(id, n.get()));
        return counts;
    }

    /** Asks the loop to stop; {@link #run} returns after leaving the group. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
