package com.spautopia.booking.waitlist;

import com.spautopia.booking.lease.HeldLease;
import com.spautopia.booking.lease.Leases;
import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends expired offers (offering their time to the next client) and makes the offers whose
 * time has come, on one instance at a time (under a lease), through the indexes on status
 * and expiry, and status and offer time.
 */
@Component
class OfferSweeper {

	private final Offers offers;

	private final HeldLease lease;

	OfferSweeper(Offers offers, Leases leases, WaitlistProperties properties) {
		this.offers = offers;
		this.lease = leases.lease("waitlist-offers", properties.offerInterval().multipliedBy(3));
	}

	@Scheduled(fixedDelayString = "${spa.waitlist.offer-interval:30s}")
	void sweep() {
		if (!this.lease.hold()) {
			return;
		}
		this.offers.expireDue();
		this.offers.offerDue();
	}

	@PreDestroy
	void stop() {
		this.lease.release();
	}

}
