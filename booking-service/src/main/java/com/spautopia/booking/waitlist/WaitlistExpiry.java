package com.spautopia.booking.waitlist;

import java.time.Duration;

import com.spautopia.booking.lease.HeldLease;
import com.spautopia.booking.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends waitlist entries whose last day is over, on one instance at a time (under a
 * lease), through the index on status and end. Entries past their days are never offered
 * time even before this runs: offers look only for days still asked for.
 */
@Component
class WaitlistExpiry {

	private static final Logger log = LoggerFactory.getLogger(WaitlistExpiry.class);

	private final Waitlist waitlist;

	private final HeldLease lease;

	WaitlistExpiry(Waitlist waitlist, Leases leases, @Value("${spa.waitlist.expiry-interval:10m}") Duration interval) {
		this.waitlist = waitlist;
		this.lease = leases.lease("waitlist-expiry", interval.multipliedBy(3));
	}

	@Scheduled(fixedDelayString = "${spa.waitlist.expiry-interval:10m}")
	void expire() {
		if (!this.lease.hold()) {
			return;
		}
		long expired = this.waitlist.expireEnded();
		if (expired > 0) {
			log.info("{} waitlist entries expired with their last day", expired);
		}
	}

}
