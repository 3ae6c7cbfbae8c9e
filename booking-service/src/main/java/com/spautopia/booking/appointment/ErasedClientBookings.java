package com.spautopia.booking.appointment;

import java.util.List;

import com.spautopia.booking.client.ClientBookings;
import com.spautopia.booking.outbox.OutboxQuarantine;
import com.spautopia.events.ClientSnapshot;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A client's bookings for the erasure of the client's personal data. Each booking is
 * changed on its own, with its optimistic lock, so a concurrent change is applied again
 * to the erased booking instead of bringing the old snapshot back: the client snapshot is
 * replaced, a free-text cancellation reason removed, and the same done to the booking's
 * events still waiting in its outbox and to any of them in quarantine.
 */
@Component
class ErasedClientBookings implements ClientBookings {

	private static final String CLIENT_ID = "client.clientId";

	private final MongoTemplate mongo;

	private final BookingStore store;

	private final OutboxQuarantine quarantine;

	ErasedClientBookings(MongoTemplate mongo, BookingStore store, OutboxQuarantine quarantine) {
		this.mongo = mongo;
		this.store = store;
		this.quarantine = quarantine;
	}

	@Override
	public List<String> bookingIds(String clientId) {
		Query ofClient = Query.query(Criteria.where(CLIENT_ID).is(clientId));
		ofClient.fields().include("_id");
		return this.mongo.find(ofClient, Document.class, this.mongo.getCollectionName(Booking.class))
			.stream()
			.map((booking) -> booking.get("_id").toString())
			.toList();
	}

	@Override
	public long anonymize(ClientSnapshot erased) {
		long changed = 0;
		for (String bookingId : bookingIds(erased.clientId())) {
			changed += anonymize(bookingId, erased) ? 1 : 0;
		}
		return changed;
	}

	/**
	 * Erases the client's personal data from one booking.
	 * @param bookingId the booking
	 * @param erased the client as erased
	 * @return whether anything personal was left in it
	 */
	boolean anonymize(String bookingId, ClientSnapshot erased) {
		Booking before = this.store.get(bookingId);
		Booking after = this.store.change(bookingId, (booking) -> booking.erased(erased,
				(entry) -> entry.withData(ErasedEvents.scrub(entry.data(), erased))));
		int quarantined = this.quarantine.rewrite(bookingId, (data) -> ErasedEvents.scrub(data, erased));
		return !after.equals(before) || quarantined > 0;
	}

}
