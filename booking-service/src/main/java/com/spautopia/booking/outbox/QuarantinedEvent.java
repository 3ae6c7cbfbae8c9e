package com.spautopia.booking.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outbox entry the relay could not publish because of the entry itself (a type no
 * consumer knows, data that does not read as that type): taken out of its document's
 * outbox so that the events after it go on, and kept here, with the reason, for operators
 * to repair. Kafka being down never quarantines anything.
 *
 * @param eventId the CloudEvents id the entry would have been published with
 * @param collection the collection of the document it came from
 * @param documentId the document it came from (a booking, a client)
 * @param type the type name it carried
 * @param data its data, as stored
 * @param occurredAt when its change happened
 * @param reason why it could not be published
 * @param quarantinedAt when the relay took it out
 */
@Document("outbox_quarantine")
public record QuarantinedEvent(@Id String eventId, String collection, @Indexed String documentId, String type,
		String data, Instant occurredAt, String reason, @Indexed Instant quarantinedAt) {
}
