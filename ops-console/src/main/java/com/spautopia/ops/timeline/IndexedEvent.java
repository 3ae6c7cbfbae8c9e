package com.spautopia.ops.timeline;

import java.time.Instant;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * One event seen on a topic, keyed by its CloudEvents id so that a redelivered or
 * replayed event is stored once. Only what operators need of its data is kept
 * ({@link OperatorView}); it is purged after the retention period ({@code indexedAt}).
 *
 * @param id the CloudEvents {@code id}
 * @param bookingId the booking it belongs to, if any
 * @param clientId the client it concerns, if known
 * @param topic the topic as the contract names it (without prefix)
 * @param partition where it was read
 * @param offset where it was read (its first copy)
 * @param type the CloudEvents {@code type}
 * @param source the producing service
 * @param subject the CloudEvents {@code subject} (the record key), masked if it is a
 * phone number
 * @param time when it happened (CloudEvents {@code time})
 * @param indexedAt when the console read it
 * @param data what the console keeps of the event's JSON data
 * @param relatedBookingId another booking the event belongs to as well, if any: the
 * booking a claimed waitlist offer made, so that the freed booking's chain leads to it
 * and the new booking's timeline shows where its time came from
 */
@org.springframework.data.mongodb.core.mapping.Document("events")
@CompoundIndex(name = "booking_time", def = "{'bookingId': 1, 'time': 1}")
@CompoundIndex(name = "topic_time", def = "{'topic': 1, 'time': -1}")
public record IndexedEvent(@Id String id, @Nullable String bookingId,
		@Indexed(name = "client") @Nullable String clientId, String topic, int partition, long offset, String type,
		@Nullable String source, @Nullable String subject, @Indexed Instant time,
		@Indexed(name = "indexed_at") Instant indexedAt, @Nullable Document data,
		@Indexed(name = "related_booking", sparse = true) @Nullable String relatedBookingId) {
}
