package com.spautopia.booking.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.booking.schedule.Hold;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.BookingsOnDay;
import com.spautopia.booking.spa.SpaProperties;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The bookings on a day, for the spa's closures: found by the client time they hold that
 * day, which every booking claims before it is stored or moved (one hold per booking,
 * exactly its appointment's time). A hold whose booking is not stored yet, or not yet
 * where the hold is, belongs to a request booking or moving it right now; it counts as a
 * booking there. Time of a cancelled or closed booking does not.
 */
@Component
class DayBookings implements BookingsOnDay {

	static final String IN_PROGRESS = "IN_PROGRESS";

	private final Schedule schedule;

	private final MongoTemplate mongo;

	private final ZoneId zone;

	DayBookings(Schedule schedule, MongoTemplate mongo, SpaProperties spa) {
		this.schedule = schedule;
		this.mongo = mongo;
		this.zone = spa.timeZone();
	}

	@Override
	public List<DayBooking> on(LocalDate date) {
		List<Hold> holds = this.schedule.heldOn(date, Resource.Kind.CLIENT);
		Map<String, Booking> bookings = new HashMap<>();
		Set<String> ids = new HashSet<>();
		holds.forEach((hold) -> ids.add(hold.reservation().bookingId()));
		if (!ids.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Booking.class)
				.forEach((booking) -> bookings.put(booking.id(), booking));
		}
		List<DayBooking> day = new ArrayList<>();
		for (Hold hold : holds) {
			Booking booking = bookings.get(hold.reservation().bookingId());
			if (booking != null && !booking.status().isOpen()) {
				continue;
			}
			if (booking != null && booking.time().start().equals(hold.reservation().start())) {
				BookedTime time = booking.time();
				day.add(new DayBooking(booking.id(), time.start().atZone(this.zone).toOffsetDateTime(),
						time.end().atZone(this.zone).toOffsetDateTime(), time.treatmentId(), time.therapistIds(),
						time.roomId(), booking.status().name()));
			}
			else {
				day.add(new DayBooking(hold.reservation().bookingId(),
						hold.reservation().start().atZone(this.zone).toOffsetDateTime(),
						hold.reservation().end().atZone(this.zone).toOffsetDateTime(), null, List.of(), null,
						IN_PROGRESS));
			}
		}
		day.sort(Comparator.comparing(DayBooking::start));
		return day;
	}

}
