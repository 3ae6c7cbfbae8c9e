package com.spautopia.promotion.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Builds the client view from appointment events. Every change is one conditional
 * single-document update that a redelivered event cannot apply twice: details only from a
 * newer event, a visit or no-show only for a booking not counted yet.
 */
@Service
public class ClientViews {

	private static final String ERASED_AT = "erasedAt";

	private static final Consents NONE = new Consents(false, false, false);

	private final MongoOperations mongo;

	ClientViews(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public Optional<ClientView> findById(String clientId) {
		return Optional.ofNullable(this.mongo.findById(clientId, ClientView.class));
	}

	/**
	 * Takes the client's details from an event, unless a newer event gave them already;
	 * writes only when they changed.
	 * @param client the client as the event saw them
	 * @param at when the event happened
	 */
	public void recordSnapshot(ClientSnapshot client, Instant at) {
		ClientView current = this.mongo.findById(client.clientId(), ClientView.class);
		if (current == null) {
			try {
				this.mongo.insert(ClientView.of(client, at));
				return;
			}
			catch (DuplicateKeyException ex) {
				// created concurrently: update it below if this event is newer
			}
		}
		else if (current.snapshot().equals(client)
				|| (current.snapshotAt() != null && !current.snapshotAt().isBefore(at))) {
			return;
		}
		// never after the client's data was erased: a late event must not bring it back
		Query older = olderThan(client.clientId(), at);
		Update details = new Update().set("name", client.name())
			.set("phone", client.phone())
			.set("email", client.email())
			.set("consents", client.consents())
			.set("tags", client.tags())
			.set("language", client.language())
			.set("snapshotAt", at);
		this.mongo.updateFirst(older, details, ClientView.class);
	}

	/**
	 * Takes a client's consents as booking-service changed them (a marketing consent
	 * confirmed or withdrawn), unless a newer event gave them already; never after the
	 * client's data was erased. A client this service has not seen yet is left to their
	 * first appointment event, which carries the consents.
	 * @param clientId the client
	 * @param consents the consents from then on
	 * @param at when they changed
	 */
	public void recordConsents(String clientId, Consents consents, Instant at) {
		this.mongo.updateFirst(olderThan(clientId, at), new Update().set("consents", consents).set("snapshotAt", at),
				ClientView.class);
	}

	/**
	 * The client's view while its details come from an event older than {@code at}, and
	 * never after the client's data was erased.
	 */
	private static Query olderThan(String clientId, Instant at) {
		return Query.query(Criteria.where("_id")
			.is(clientId)
			.and(ERASED_AT)
			.exists(false)
			.orOperator(Criteria.where("snapshotAt").lt(at), Criteria.where("snapshotAt").is(null)));
	}

	/**
	 * Erases a client's personal data: name, phone number, email, consents and tags go;
	 * visits, no-shows and treatments stay. The view is kept (created, if there was none
	 * yet) as a marker, so that appointment events arriving later bring nothing back.
	 * Erasing again changes nothing.
	 * @param clientId the client
	 * @param at when the data was erased
	 * @return the client as erased
	 */
	public ClientSnapshot erase(String clientId, Instant at) {
		ClientSnapshot erased = new ClientSnapshot(clientId, "Erased client", "erased:" + clientId, null, NONE,
				List.of());
		Query notYet = Query.query(Criteria.where("_id").is(clientId).and(ERASED_AT).exists(false));
		Update erase = new Update().set("name", erased.name())
			.set("phone", erased.phone())
			.set("email", null)
			.set("consents", NONE)
			.set("tags", List.of())
			.set("snapshotAt", at)
			.set(ERASED_AT, at)
			.setOnInsert("visits", 0)
			.setOnInsert("noShows", 0)
			.setOnInsert("treatments", List.of())
			.setOnInsert("completedBookingIds", List.of())
			.setOnInsert("noShowBookingIds", List.of());
		try {
			this.mongo.upsert(notYet, erase, ClientView.class);
		}
		catch (DuplicateKeyException ex) {
			// erased already
		}
		return erased;
	}

	/**
	 * Counts a completed visit once.
	 * @param client the client
	 * @param bookingId the completed booking
	 * @param treatmentId its treatment
	 * @param visitStart when the visit started
	 * @param at when the event happened
	 * @return the client view after the visit
	 */
	public ClientView recordCompletedVisit(ClientSnapshot client, String bookingId, String treatmentId,
			Instant visitStart, Instant at) {
		recordSnapshot(client, at);
		Query notCounted = Query
			.query(Criteria.where("_id").is(client.clientId()).and("completedBookingIds").ne(bookingId));
		Update visit = new Update().push("completedBookingIds", bookingId)
			.inc("visits", 1)
			.addToSet("treatments", treatmentId)
			.max("lastVisitAt", visitStart);
		this.mongo.updateFirst(notCounted, visit, ClientView.class);
		return required(client.clientId());
	}

	/**
	 * Counts a no-show once.
	 * @param client the client
	 * @param bookingId the booking the client missed
	 * @param at when the event happened
	 */
	public void recordNoShow(ClientSnapshot client, String bookingId, Instant at) {
		recordSnapshot(client, at);
		Query notCounted = Query
			.query(Criteria.where("_id").is(client.clientId()).and("noShowBookingIds").ne(bookingId));
		this.mongo.updateFirst(notCounted, new Update().push("noShowBookingIds", bookingId).inc("noShows", 1),
				ClientView.class);
	}

	private ClientView required(String clientId) {
		@Nullable ClientView view = this.mongo.findById(clientId, ClientView.class);
		if (view == null) {
			throw new IllegalStateException("Client " + clientId + " vanished while its view was updated");
		}
		return view;
	}

}
