package com.spautopia.ops.deadletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message in a dead-letter topic, with what the Spring Cloud Stream Kafka binder
 * recorded about its failure in {@code x-*} headers.
 *
 * @param dlqTopic the dead-letter topic
 * @param partition its partition there
 * @param offset its offset there
 * @param key the record key
 * @param originalTopic where it came from ({@code x-original-topic})
 * @param originalPartition ({@code x-original-partition})
 * @param originalOffset ({@code x-original-offset})
 * @param originalTimestamp when it was first published ({@code x-original-timestamp})
 * @param deadLetteredAt when it was dead-lettered (the record's timestamp)
 * @param error the exception message ({@code x-exception-message})
 * @param exceptionClass ({@code x-exception-fqcn})
 * @param eventType the CloudEvents {@code type}, if it is an event
 * @param eventId the CloudEvents {@code id}, if it is an event
 * @param handled REPLAYED or DISCARDED once an operator acted on it, else null
 * @param handledBy the operator who replayed or discarded it
 * @param handledAt when
 */
record DeadLetter(String dlqTopic, int partition, long offset, @Nullable String key, @Nullable String originalTopic,
		@Nullable Long originalPartition, @Nullable Long originalOffset, @Nullable Instant originalTimestamp,
		Instant deadLetteredAt, @Nullable String error, @Nullable String exceptionClass, @Nullable String eventType,
		@Nullable String eventId, DeadLetterAction.@Nullable Kind handled, @Nullable String handledBy,
		@Nullable Instant handledAt) {

	String id() {
		return DeadLetterAction.id(this.dlqTopic, this.partition, this.offset);
	}

}
