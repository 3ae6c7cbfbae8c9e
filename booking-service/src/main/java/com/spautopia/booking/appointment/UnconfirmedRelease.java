package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.spautopia.booking.lease.HeldLease;
import com.spautopia.booking.lease.Leases;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
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
 * Releases bookings the client has not confirmed by the cut-off before their start (off
 * unless {@code spa.confirmation.release.enabled}), on one instance at a time (under a
 * lease), finding them through the {@code unconfirmed_start} index. Each release is the
 * booking's own conditional write ({@link BookingLifecycle#releaseUnconfirmed}): a client
 * who confirms meanwhile keeps the booking.
 */
@Component
class UnconfirmedRelease {

	private static final Logger log = LoggerFactory.getLogger(UnconfirmedRelease.class);

	private static final int BATCH = 200;

	private final MongoTemplate mongo;

	private final BookingLifecycle lifecycle;

	private final ReleaseProperties properties;

	private final HeldLease lease;

	private final Clock clock;

	UnconfirmedRelease(MongoTemplate mongo, BookingLifecycle lifecycle, ReleaseProperties properties, Leases leases,
			Clock clock) {
		this.mongo = mongo;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.lease = leases.lease("unconfirmed-release", properties.interval().multipliedBy(3));
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${spa.confirmation.release.interval:5m}")
	void releaseIfEnabled() {
		if (this.properties.enabled() && this.lease.hold()) {
			releaseDue();
		}
	}

	/**
	 * Releases the bookings due now.
	 * @return how many were released
	 */
	int releaseDue() {
		Instant now = this.clock.instant();
		Query due = Query
			.query(Criteria.where("status")
				.is(BookingStatus.CONFIRMED.name())
				.and("clientConfirmedAt")
				.is(null)
				.and("time.start")
				.gt(Date.from(now))
				.lte(Date.from(now.plus(this.properties.before()))))
			.limit(BATCH);
		due.fields().include("_id");
		List<String> ids = this.mongo.find(due, Document.class, "bookings")
			.stream()
			.map((booking) -> booking.getString("_id"))
			.toList();
		int released = 0;
		for (String id : ids) {
			try {
				if (this.lifecycle.releaseUnconfirmed(id, this.properties.before())) {
					released++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not release unconfirmed booking {}; trying again next run", id, ex);
			}
		}
		return released;
	}

	@PreDestroy
	void stop() {
		this.lease.release();
	}

	/**
	 * The release of bookings the client has not confirmed.
	 *
	 * @param enabled whether they are released at all (off by default)
	 * @param before how long before its start a booking must be confirmed by the client
	 * @param interval how often to look for bookings due
	 */
	@ConfigurationProperties("spa.confirmation.release")
	record ReleaseProperties(@DefaultValue("false") boolean enabled, @DefaultValue("6h") Duration before,
			@DefaultValue("5m") Duration interval) {
	}

}
