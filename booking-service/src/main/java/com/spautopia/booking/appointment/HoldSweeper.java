package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.booking.lease.HeldLease;
import com.spautopia.booking.lease.Leases;
import com.spautopia.booking.schedule.Hold;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.SpaProperties;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees therapists', rooms' and clients' time that no booking holds any more. Holding
 * time and storing the booking are two writes, and so are moving or cancelling a booking
 * and freeing its old time: a crash between them leaves time held for a booking that does
 * not exist, has moved, or was cancelled. Time claimed more than a grace period ago
 * (longer than any request takes) that is not its booking's current time is freed. One
 * instance sweeps at a time, under a lease. Time held for a live waitlist offer is kept:
 * its booking does not exist until the client takes the offer.
 */
@Component
class HoldSweeper {

	private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);

	private static final String WAITLIST_OFFERS = "waitlist_offers";

	private final Schedule schedule;

	private final MongoTemplate mongo;

	private final SpaProperties spa;

	private final Clock clock;

	private final Duration grace;

	private final HeldLease lease;

	HoldSweeper(Schedule schedule, MongoTemplate mongo, Leases leases, SpaProperties spa, Clock clock,
			SweepProperties properties) {
		this.schedule = schedule;
		this.mongo = mongo;
		this.spa = spa;
		this.clock = clock;
		this.grace = properties.grace();
		this.lease = leases.lease("hold-sweeper", properties.interval().multipliedBy(3));
	}

	/**
	 * Frees what was held longer than the grace period for no booking.
	 * @return how many holds were freed
	 */
	@Scheduled(fixedDelayString = "${spa.booking.hold-sweep.interval:1m}")
	int sweep() {
		if (!this.lease.hold()) {
			return 0;
		}
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(this.spa.timeZone()).toLocalDate();
		List<Hold> holds = this.schedule.claimedBefore(today, now.minus(this.grace));
		Map<String, Document> bookings = bookings(
				holds.stream().map((hold) -> hold.reservation().bookingId()).collect(Collectors.toSet()));
		Set<String> offered = liveOffers(holds.stream()
			.map((hold) -> hold.reservation().bookingId())
			.filter((id) -> !bookings.containsKey(id))
			.collect(Collectors.toSet()));
		int freed = 0;
		for (Hold hold : holds) {
			if (!offered.contains(hold.reservation().bookingId())
					&& !heldByItsBooking(hold, bookings.get(hold.reservation().bookingId()))) {
				this.schedule.release(hold.resource(), hold.date(), hold.reservation().bookingId(),
						hold.reservation().start());
				log.warn("Freed time of a {} on {} held at {} for booking {}, which does not hold it",
						hold.resource().kind(), hold.date(), hold.reservation().start(),
						hold.reservation().bookingId());
				freed++;
			}
		}
		return freed;
	}

	@PreDestroy
	void stop() {
		this.lease.release();
	}

	private static boolean heldByItsBooking(Hold hold, @Nullable Document booking) {
		if (booking == null || BookingStatus.CANCELLED.name().equals(booking.getString("status"))) {
			return false;
		}
		Document time = booking.get("time", Document.class);
		Document client = booking.get("client", Document.class);
		Set<Resource> holders = new HashSet<>();
		holders.add(Resource.therapist(time.getString("therapistId")));
		if (time.getString("secondTherapistId") != null) {
			holders.add(Resource.therapist(time.getString("secondTherapistId")));
		}
		if (time.getString("roomId") != null) {
			holders.add(Resource.room(time.getString("roomId")));
		}
		holders.add(Resource.clientWithPhone(client.getString("phone")));
		return holders.contains(hold.resource())
				&& hold.reservation().start().equals(time.getDate("start").toInstant());
	}

	private Map<String, Document> bookings(Set<String> ids) {
		Map<String, Document> bookings = new HashMap<>();
		if (ids.isEmpty()) {
			return bookings;
		}
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields()
			.include("status", "time.therapistId", "time.secondTherapistId", "time.roomId", "time.start",
					"client.phone");
		for (Document booking : this.mongo.find(query, Document.class, "bookings")) {
			bookings.put(booking.getString("_id"), booking);
		}
		return bookings;
	}

	/**
	 * The holds of waitlist offers still open (or claimed, their booking about to be
	 * stored): freed time is held for the client it is offered to under the id their
	 * booking will have.
	 */
	private Set<String> liveOffers(Set<String> holdIds) {
		if (holdIds.isEmpty()) {
			return Set.of();
		}
		Query query = Query.query(Criteria.where("holdId").in(holdIds).and("status").in("OFFERED", "CLAIMED"));
		query.fields().include("holdId");
		return this.mongo.find(query, Document.class, WAITLIST_OFFERS)
			.stream()
			.map((offer) -> offer.getString("holdId"))
			.collect(Collectors.toSet());
	}

	/**
	 * How orphaned holds are swept.
	 *
	 * @param interval how often to look for them
	 * @param grace how long after its claim a hold is checked: longer than any booking
	 * request takes
	 */
	@ConfigurationProperties("spa.booking.hold-sweep")
	record SweepProperties(@DefaultValue("1m") Duration interval, @DefaultValue("5m") Duration grace) {
	}

}
