package com.spautopia.notification.appointment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Erases a client's personal data from the appointments: name, phone number and email go,
 * the booking's times, state and price stay. An erased appointment is marked, and booking
 * events arriving later change it no more (see {@link Appointments#apply}).
 */
@Component
public class AppointmentErasure {

	static final String ERASED_AT = "erasedAt";

	private final MongoOperations mongo;

	AppointmentErasure(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Erases the client's data from the appointments of the client or of its bookings.
	 * @param clientId the client
	 * @param bookingIds the client's bookings
	 * @param at when the data was erased
	 * @return how many appointments were erased now
	 */
	public long erase(String clientId, List<String> bookingIds, Instant at) {
		Criteria ofClient = new Criteria().orOperator(where("_id").in(bookingIds), where("clientId").is(clientId));
		Update erase = new Update().set("clientName", "Erased client")
			.set("phone", "erased:" + clientId)
			.set("email", null)
			.set("smsConsent", false)
			.set(ERASED_AT, at);
		return this.mongo
			.updateMulti(query(new Criteria().andOperator(ofClient, where(ERASED_AT).exists(false))), erase,
					Appointment.class)
			.getModifiedCount();
	}

}
