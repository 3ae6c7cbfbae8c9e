package com.spautopia.booking.waitlist;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How freed time is offered to waiting clients.
 *
 * @param hold how long freed time is held for the client it is offered to
 * @param quietHours when no offer is sent, in the spa's time zone (as
 * notification-service keeps them): offers wait for their end
 * @param claimUrl the claim page the offer's link opens (offer and token are added)
 * @param offerInterval how often expired offers are ended and deferred ones made
 * @param retryInterval how long to wait when freed time is not free yet (its booking's
 * hold is being freed) before trying again
 * @param attempts how often to try before giving up on such time
 */
@ConfigurationProperties("spa.waitlist")
record WaitlistProperties(@DefaultValue("15m") Duration hold, @DefaultValue QuietHours quietHours,
		@DefaultValue("http://localhost:8081/book/claim.html") String claimUrl,
		@DefaultValue("30s") Duration offerInterval, @DefaultValue("1m") Duration retryInterval,
		@DefaultValue("10") int attempts) {

	/**
	 * Quiet hours.
	 *
	 * @param start when they begin
	 * @param end when they end (the next day when before the start)
	 */
	record QuietHours(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end) {
	}

}
