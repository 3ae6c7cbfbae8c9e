package com.spautopia.booking.booking;

import java.util.List;

import com.spautopia.booking.client.ClientBookings;
import com.spautopia.events.ClientSnapshot;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A client's bookings for the erasure of the client's personal data. The anonymizing
 * update raises each booking's version, so a concurrent change of a booking, saved with
 * its optimistic lock, is applied again to the anonymized booking instead of bringing the
 * old snapshot back.
 */
@Component
class ErasedClientBookings implements ClientBookings {

	private static final String CLIENT_ID = "client.clientId";

	private final MongoTemplate mongo;

	ErasedClientBookings(MongoTemplate mongo) {
		this.mongo = mongo;
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
		Query notYet = Query
			.query(Criteria.where(CLIENT_ID).is(erased.clientId()).and("client.phone").ne(erased.phone()));
		Update anonymize = new Update().set("client", erased).inc("version", 1);
		return this.mongo.updateMulti(notYet, anonymize, Booking.class).getModifiedCount();
	}

}
