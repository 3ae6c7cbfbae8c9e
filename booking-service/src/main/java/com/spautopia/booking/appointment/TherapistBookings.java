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
 * A therapist's or a room's upcoming bookings, for the catalog: served by the bookings'
 * therapist (second therapist, room) and start indexes.
 */
@Component
class TherapistBookings implements UpcomingBookings {

	private final MongoTemplate mongo;

	TherapistBookings(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<Upcoming> withTherapist(String therapistId, Instant from) {
		return upcoming(new Criteria().orOperator(by("time.therapistId", therapistId, from),
				by("time.secondTherapistId", therapistId, from)));
	}

	@Override
	public List<Upcoming> inRoom(String roomId, Instant from) {
		return upcoming(by("time.roomId", roomId, from));
	}

	private static Criteria by(String field, String id, Instant from) {
		return Criteria.where(field)
			.is(id)
			.and("time.start")
			.gte(from)
			.and("status")
			.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED);
	}

	private List<Upcoming> upcoming(Criteria criteria) {
		Query query = Query.query(criteria).with(Sort.by("time.start"));
		return this.mongo.find(query, Booking.class)
			.stream()
			.map((booking) -> new Upcoming(booking.id(), booking.time().treatmentId(), booking.time().start(),
					booking.time().end()))
			.toList();
	}

}
