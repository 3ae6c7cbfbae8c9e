package com.spautopia.events;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An event with its CloudEvents attributes, as read from Kafka.
 *
 * @param id the CloudEvents {@code id}: unique per event, the key for de-duplication
 * @param source the producing service
 * @param type the event's type
 * @param time when the event happened
 * @param subject the aggregate id
 * @param data the event itself
 * @param <T> the event's record type
 */
public record EventEnvelope<T extends SpaEvent>(String id, URI source, EventType type, OffsetDateTime time,
		String subject, T data) {
}
