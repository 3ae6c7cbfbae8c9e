package com.spautopia.ops.topics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.events.Topics;
import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.KafkaUnavailableException;
import com.spautopia.ops.kafka.OpsProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Messages per second of the event topics: the growth of their end offsets between two
 * samples. Kept in memory; a restarted console shows rates again after two samples.
 */
@Component
class TopicRates implements MeterBinder {

	static final List<String> EVENT_TOPICS = List.of(Topics.BOOKING_EVENTS, Topics.PROMOTION_EVENTS,
			Topics.NOTIFICATION_EVENTS);

	private static final Logger logger = LoggerFactory.getLogger(TopicRates.class);

	private final KafkaClients kafka;

	private final OpsProperties properties;

	private volatile @Nullable Sample previous;

	private volatile @Nullable Sample latest;

	TopicRates(KafkaClients kafka, OpsProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	/**
	 * Exposes {@code spa.ops.topic.messages} (records received per topic, at the last
	 * sample) as a counter, so Prometheus derives messages per second with
	 * {@code rate()}.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		EVENT_TOPICS
			.forEach((topic) -> FunctionCounter.builder("spa.ops.topic.messages", this, (rates) -> rates.total(topic))
				.description("Records received by an event topic (sum of its end offsets)")
				.tag("topic", topic)
				.register(registry));
	}

	@Scheduled(fixedDelayString = "${spa.ops.rate-interval}", initialDelay = 0)
	void sample() {
		try {
			Set<String> topics = EVENT_TOPICS.stream().map(this.properties::topic).collect(Collectors.toSet());
			Map<TopicPartition, Long> ends = this.kafka.endOffsets(this.kafka.partitions(topics));
			Map<String, Long> totals = new HashMap<>();
			ends.forEach(
					(partition, end) -> totals.merge(this.properties.contractName(partition.topic()), end, Long::sum));
			this.previous = this.latest;
			this.latest = new Sample(Instant.now(), totals);
		}
		catch (KafkaUnavailableException ex) {
			logger.warn("Could not sample topic end offsets: {}", ex.getMessage());
		}
	}

	/**
	 * The messages per second of a topic between the last two samples.
	 * @param topic the topic as the contract names it
	 * @return the rate, or null before two samples exist
	 */
	@Nullable Double perSecond(String topic) {
		Sample before = this.previous;
		Sample after = this.latest;
		if (before == null || after == null) {
			return null;
		}
		double seconds = Duration.between(before.at(), after.at()).toMillis() / 1000.0;
		long delta = after.totals().getOrDefault(topic, 0L) - before.totals().getOrDefault(topic, 0L);
		return (seconds > 0) ? delta / seconds : null;
	}

	/**
	 * The number of records a topic has received so far, at the last sample.
	 * @param topic the topic as the contract names it
	 * @return the sum of its end offsets
	 */
	long total(String topic) {
		Sample after = this.latest;
		return (after != null) ? after.totals().getOrDefault(topic, 0L) : 0;
	}

	private record Sample(Instant at, Map<String, Long> totals) {
	}

}
