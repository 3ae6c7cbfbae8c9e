package com.spautopia.booking.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.spautopia.booking.spa.SpaProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The bookings the front desk looks at: one day of the spa (served by the bookings' start
 * index; for one therapist by the therapist and start indexes, first and second therapist
 * of a couples treatment; for one room by the room and start index) and one client's
 * history (served by their client and start index).
 */
@Component
class StaffBookings {

	/** More bookings than a day of any spa has, so that no query is unbounded. */
	static final int DAY_LIMIT = 1000;

	/** The most bookings of one client's history answered at once. */
	static final int HISTORY_LIMIT = 200;

	private final MongoTemplate mongo;

	private final ZoneId zone;

	StaffBookings(MongoTemplate mongo, SpaProperties spa) {
		this.mongo = mongo;
		this.zone = spa.timeZone();
	}

	List<Booking> onDay(LocalDate date, @Nullable String therapistId, @Nullable String roomId,
			@Nullable BookingStatus status) {
		return this.mongo.find(dayQuery(date, therapistId, roomId, status), Booking.class);
	}

	List<Booking> ofClient(String clientId) {
		return this.mongo.find(historyQuery(clientId), Booking.class);
	}

	/**
	 * The bookings that start on a day of the spa, from its midnight to the next (a day
	 * of 23 or 25 hours when the clocks change), in order of start.
	 */
	Query dayQuery(LocalDate date, @Nullable String therapistId, @Nullable String roomId,
			@Nullable BookingStatus status) {
		Criteria criteria = new Criteria();
		if (therapistId != null) {
			// a couples treatment is with two therapists
			criteria = criteria.orOperator(Criteria.where("time.therapistId").is(therapistId),
					Criteria.where("time.secondTherapistId").is(therapistId));
		}
		if (roomId != null) {
			criteria = criteria.and("time.roomId").is(roomId);
		}
		criteria = criteria.and("time.start")
			.gte(date.atStartOfDay(this.zone).toInstant())
			.lt(date.plusDays(1).atStartOfDay(this.zone).toInstant());
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		return Query.query(criteria).with(Sort.by("time.start", "_id")).limit(DAY_LIMIT);
	}

	Query historyQuery(String clientId) {
		return Query.query(Criteria.where("client.clientId").is(clientId))
			.with(Sort.by(Sort.Direction.DESC, "time.start"))
			.limit(HISTORY_LIMIT);
	}

}
