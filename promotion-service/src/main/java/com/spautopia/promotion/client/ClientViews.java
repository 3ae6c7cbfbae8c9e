package com.spautopia.promotion.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.bulk.BulkWriteError;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
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

	private static final int DUPLICATE_KEY = 11000;

	private static final Consents NONE = new Consents(false, false, false);

	private final MongoOperations mongo;

	ClientViews(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public Optional<ClientView> findById(String clientId) {
		return Optional.ofNullable(this.mongo.findById(clientId, ClientView.class));
	}

	/**
	 * Reads clients in one query.
	 * @param clientIds the clients
	 * @return the views found, by client id
	 */
	public Map<String, ClientView> findAllById(Collection<String> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(clientIds)), ClientView.class)
			.stream()
			.collect(Collectors.toMap(ClientView::id, Function.identity()));
	}

	/**
	 * Takes the details of clients from the events of a batch, as {@link #recordSnapshot}
	 * does for each, with the views read before the batch: the latest event of each
	 * client is written, in one bulk write, and only where it is newer than the view and
	 * changes it. Conditional writes (the view's details must come from an older event,
	 * never after erasure) keep a view read before the batch from undoing a newer change;
	 * a client created concurrently is left to {@link #recordSnapshot}.
	 * @param snapshots the clients as the events saw them, with when the events happened
	 * @param known the views read before the batch, by client id
	 */
	public void recordSnapshots(List<Map.Entry<ClientSnapshot, Instant>> snapshots, Map<String, ClientView> known) {
		Map<String, Map.Entry<ClientSnapshot, Instant>> latest = new LinkedHashMap<>();
		for (Map.Entry<ClientSnapshot, Instant> snapshot : snapshots) {
			latest.merge(snapshot.getKey().clientId(), snapshot,
					(one, other) -> other.getValue().isBefore(one.getValue()) ? one : other);
		}
		List<ClientView> created = new ArrayList<>();
		BulkOperations updates = this.mongo.bulkOps(BulkMode.UNORDERED, ClientView.class);
		boolean updating = false;
		for (Map.Entry<ClientSnapshot, Instant> snapshot : latest.values()) {
			ClientSnapshot client = snapshot.getKey();
			ClientView current = known.get(client.clientId());
			if (current == null) {
				created.add(ClientView.of(client, snapshot.getValue()));
			}
			else if (!current.snapshot().equals(client)
					&& (current.snapshotAt() == null || current.snapshotAt().isBefore(snapshot.getValue()))) {
				updates.updateOne(olderThan(client.clientId(), snapshot.getValue()),
						details(client, snapshot.getValue()));
				updating = true;
			}
		}
		if (updating) {
			updates.execute();
		}
		insertOrRecord(created, latest);
	}

	private void insertOrRecord(List<ClientView> created, Map<String, Map.Entry<ClientSnapshot, Instant>> latest) {
		if (created.isEmpty()) {
			return;
		}
		try {
			this.mongo.bulkOps(BulkMode.UNORDERED, ClientView.class).insert(created).execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex;
				}
				Map.Entry<ClientSnapshot, Instant> snapshot = latest.get(created.get(error.getIndex()).id());
				recordSnapshot(snapshot.getKey(), snapshot.getValue());
			}
		}
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
		this.mongo.updateFirst(olderThan(client.clientId(), at), details(client, at), ClientView.class);
	}

	private static Update details(ClientSnapshot client, Instant at) {
		return new Update().set("name", client.name())
			.set("phone", client.phone())
			.set("email", client.email())
			.set("consents", client.consents())
			.set("tags", client.tags())
			.set("language", client.language())
			.set("snapshotAt", at);
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
