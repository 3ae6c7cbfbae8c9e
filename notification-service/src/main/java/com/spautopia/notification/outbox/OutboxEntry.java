package com.spautopia.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventType;
import com.spautopia.events.SpaEvent;
import org.bson.Document;

import org.springframework.data.mongodb.core.query.Update;

/**
 * An event waiting to be published, stored inside the document whose change it records,
 * so that the change and its event are one atomic single-document write.
 *
 * @param eventId the CloudEvents id; kept when the event is re-published
 * @param type the CloudEvents type name
 * @param data the event's JSON data
 * @param occurredAt when the change happened
 */
public record OutboxEntry(String eventId, String type, String data, Instant occurredAt) {

	/** The name of the array field that holds a document's outbox. */
	public static final String FIELD = "outbox";

	/**
	 * The flag a document carries while its outbox holds events: the relay finds such
	 * documents through a sparse index on it.
	 */
	public static final String PENDING = "outboxPending";

	/**
	 * Adds an event to a document's outbox, in the same update as the change it records,
	 * and flags the document for the relay.
	 * @param update the change
	 * @param entry the entry, as {@link #toDocument()} makes it
	 * @return the update
	 */
	public static Update push(Update update, Document entry) {
		return update.push(FIELD, entry).set(PENDING, true);
	}

	/**
	 * This entry as a BSON document, to be pushed onto a document's outbox array.
	 * @return the document
	 */
	public Document toDocument() {
		return new Document("eventId", this.eventId).append("type", this.type)
			.append("data", this.data)
			.append("occurredAt", Date.from(this.occurredAt));
	}

	public static OutboxEntry of(String eventId, SpaEvent event, EventCodec codec, Instant occurredAt) {
		return new OutboxEntry(eventId, EventType.of(event).typeName(),
				new String(codec.toJson(event), StandardCharsets.UTF_8), occurredAt);
	}

}
