package com.spautopia.booking.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.ClientErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Erases a client's personal data (the right to erasure). The client document is
 * anonymized together with its {@link ClientErased} event in one atomic write, which only
 * a client not erased yet passes, so the event leaves once; then the client snapshot in
 * each booking is anonymized, one booking at a time. Erasing again finishes any booking
 * left over and emits nothing new. Statuses, prices and times stay, so statistics stay
 * correct; the consent ledger stays too, with the erasure as its last entry.
 */
@Service
public class ClientErasure {

	private static final String PLACEHOLDER_PREFIX = "erased:";

	static final String ERASED_NAME = "Erased client";

	private static final Consents NONE = new Consents(false, false, false);

	private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);

	private final MongoTemplate mongo;

	private final ClientBookings bookings;

	private final Outbox outbox;

	private final Clock clock;

	ClientErasure(MongoTemplate mongo, ClientBookings bookings, Outbox outbox, Clock clock) {
		this.mongo = mongo;
		this.bookings = bookings;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Erases a client's personal data, or finishes an erasure begun before.
	 * @param clientId the client
	 * @param by the member of staff who asked for it
	 * @throws org.springframework.web.ErrorResponseException 404 when there is no such
	 * client
	 */
	void erase(String clientId, String by) {
		Client client = this.mongo.findById(clientId, Client.class);
		if (client == null) {
			throw Problems.of(HttpStatus.NOT_FOUND, "client-not-found", "There is no client '" + clientId + "'.");
		}
		if (client.erasedAt() == null) {
			eraseClient(client, by);
		}
		long bookings = this.bookings.anonymize(erased(clientId));
		if (bookings > 0) {
			log.info("Erased the personal data of client {} from {} booking(s)", clientId, bookings);
		}
	}

	private void eraseClient(Client client, String by) {
		Instant now = this.clock.instant();
		List<String> bookingIds = this.bookings.bookingIds(client.id());
		ClientErased event = new ClientErased(client.id(), client.phone(), bookingIds, now);
		Query notErased = Query.query(Criteria.where("_id").is(client.id()).and("erasedAt").is(null));
		Update erase = Outbox.append(
				new Update().set("name", ERASED_NAME)
					.set("phone", placeholderPhone(client.id()))
					.set("email", null)
					.set("consents", NONE)
					.set("tags", List.of())
					.set("nameWords", List.of())
					.set("updatedAt", now)
					.set("erasedAt", now)
					.push("consentLedger", new ConsentChange(NONE, "erasure", now, null, by)),
				this.outbox.entry(event, now));
		if (this.mongo.updateFirst(notErased, erase, Client.class).getModifiedCount() == 1) {
			this.outbox.written();
			log.info("Erased the personal data of client {} (by {})", client.id(), by);
		}
	}

	/**
	 * What is left of a client after erasure.
	 * @param clientId the client
	 * @return the snapshot without personal data
	 */
	static ClientSnapshot erased(String clientId) {
		return new ClientSnapshot(clientId, ERASED_NAME, placeholderPhone(clientId), null, NONE, List.of());
	}

	/**
	 * Stands in for an erased client's phone number: unique, as the index requires, and
	 * not personal.
	 */
	/**
	 * Whether a booking's client was erased (the snapshot holds the placeholder left in
	 * place of the phone number).
	 * @param client the client as a booking holds them
	 * @return true for an erased client
	 */
	public static boolean isErased(ClientSnapshot client) {
		return client.phone().startsWith(PLACEHOLDER_PREFIX);
	}

	static String placeholderPhone(String clientId) {
		return PLACEHOLDER_PREFIX + clientId;
	}

}
