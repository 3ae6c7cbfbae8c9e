package com.spautopia.booking.outbox;

import java.time.Instant;
import java.util.UUID;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventType;
import com.spautopia.events.SpaEvent;

/**
 * An event waiting to be published, stored inside the document whose change it records,
 * so that the change and its event are one atomic write.
 *
 * @param eventId the CloudEvents id; kept when the event is re-published
 * @param type the CloudEvents type name
 * @param data the event's JSON data
 * @param occurredAt when the change happened
 */
public record OutboxEntry(String eventId, String type, String data, Instant occurredAt) {

	public static OutboxEntry of(SpaEvent event, EventCodec codec, Instant occurredAt) {
		return new OutboxEntry(UUID.randomUUID().toString(), EventType.of(event).typeName(),
				new String(codec.toJson(event), java.nio.charset.StandardCharsets.UTF_8), occurredAt);
	}

}
