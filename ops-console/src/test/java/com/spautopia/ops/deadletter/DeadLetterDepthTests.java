package com.spautopia.ops.deadletter;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterDepthTests {

	private static final String DLQ = "spa.booking.events.notification-service.dlq";

	private static final String OTHER = "spa.promotion.events.booking-service.dlq";

	@Test
	void countsEveryMessageTheTopicStillHoldsOnEveryPartition() {
		Map<String, Long> waiting = DeadLetterDepth.waiting(Map.of(partition(DLQ, 0), 0L, partition(DLQ, 1), 4L),
				Map.of(partition(DLQ, 0), 3L, partition(DLQ, 1), 6L), List.of());

		assertThat(waiting).containsExactly(Map.entry(DLQ, 5L));
	}

	@Test
	void leavesOutReplayedAndDiscardedMessages() {
		Map<String, Long> waiting = DeadLetterDepth.waiting(Map.of(partition(DLQ, 0), 0L, partition(OTHER, 0), 0L),
				Map.of(partition(DLQ, 0), 3L, partition(OTHER, 0), 1L), List.of(DeadLetterAction.id(DLQ, 0, 0),
						DeadLetterAction.id(DLQ, 0, 2), DeadLetterAction.id(OTHER, 0, 0)));

		assertThat(waiting).containsEntry(DLQ, 1L).containsEntry(OTHER, 0L);
	}

	@Test
	void aHandledMessageDeletedByRetentionNoLongerCounts() {
		Map<String, Long> waiting = DeadLetterDepth.waiting(Map.of(partition(DLQ, 0), 5L),
				Map.of(partition(DLQ, 0), 7L), List.of(DeadLetterAction.id(DLQ, 0, 1), DeadLetterAction.id(DLQ, 0, 6)));

		assertThat(waiting).containsEntry(DLQ, 1L);
	}

	@Test
	void anEmptyTopicWaitsForNothing() {
		assertThat(DeadLetterDepth.waiting(Map.of(partition(DLQ, 0), 9L), Map.of(partition(DLQ, 0), 9L), List.of()))
			.containsEntry(DLQ, 0L);
	}

	private static TopicPartition partition(String topic, int partition) {
		return new TopicPartition(topic, partition);
	}

}
