package com.spautopia.booking.appointment;

import java.time.Instant;
import java.util.List;

import com.spautopia.booking.catalog.UpcomingBookings;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A therapist's upcoming bookings, for the catalog: served by the bookings' therapist and
 * start index.
 */
@Component
class TherapistBookings implements UpcomingBookings {

	private final MongoTemplate mongo;

	TherapistBookings(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<Upcoming> withTherapist(String therapistId, Instant from) {
		Query query = Query
			.query(Criteria.where("time.therapistId")
				.is(therapistId)
				.and("time.start")
				.gte(from)
				.and("status")
				.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED))
			.with(Sort.by("time.start"));
		return this.mongo.find(query, Booking.class)
			.stream()
			.map((booking) -> new Upcoming(booking.id(), booking.time().treatmentId(), booking.time().start(),
					booking.time().end()))
			.toList();
	}

}
