package com.spautopia.booking.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarantined events, for operators: what could not be published, from which
 * document, and why; newest first. The events' data stays in the database, not shown
 * here, as it may hold personal data.
 */
@RestController
class QuarantineController {

	private static final int LIMIT = 500;

	private final OutboxQuarantine quarantine;

	QuarantineController(OutboxQuarantine quarantine) {
		this.quarantine = quarantine;
	}

	@GetMapping("/api/outbox/quarantine")
	List<Quarantined> quarantine() {
		return this.quarantine.newestFirst(LIMIT).stream().map(Quarantined::of).toList();
	}

	/**
	 * A quarantined event as operators see it.
	 *
	 * @param eventId the event's id
	 * @param collection where its document is
	 * @param documentId its document
	 * @param type its type name
	 * @param occurredAt when its change happened
	 * @param reason why it could not be published
	 * @param quarantinedAt when it was taken out
	 */
	record Quarantined(String eventId, String collection, String documentId, String type, Instant occurredAt,
			String reason, Instant quarantinedAt) {

		static Quarantined of(QuarantinedEvent event) {
			return new Quarantined(event.eventId(), event.collection(), event.documentId(), event.type(),
					event.occurredAt(), event.reason(), event.quarantinedAt());
		}

	}

}
