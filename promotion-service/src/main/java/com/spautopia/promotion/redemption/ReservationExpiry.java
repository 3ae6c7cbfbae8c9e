package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the limits back the reservations of bookings never completed nor cancelled, once
 * their appointment ended and the grace period passed. Each release is conditional, so
 * instances running this at once release each reservation once; the query is served by
 * the {@code state_expiresAt} index.
 */
@Component
@EnableConfigurationProperties(RedemptionProperties.class)
class ReservationExpiry {

	private static final Logger logger = LoggerFactory.getLogger(ReservationExpiry.class);

	private final MongoOperations mongo;

	private final RedemptionLifecycle lifecycle;

	private final RedemptionProperties properties;

	private final Clock clock;

	ReservationExpiry(MongoOperations mongo, RedemptionLifecycle lifecycle, RedemptionProperties properties,
			Clock clock) {
		this.mongo = mongo;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${spa.redemptions.expiry-interval}",
			fixedDelayString = "${spa.redemptions.expiry-interval}")
	void releaseExpired() {
		releaseExpired(this.clock.instant());
	}

	/**
	 * Releases the reservations expired at a time.
	 * @param now the time
	 * @return how many were released
	 */
	int releaseExpired(Instant now) {
		int released = 0;
		List<Redemption> expired;
		do {
			Query query = Query.query(Criteria.where("state").is(Redemption.State.RESERVED).and("expiresAt").lte(now))
				.with(Sort.by("expiresAt"))
				.limit(this.properties.batchSize());
			expired = this.mongo.find(query, Redemption.class);
			for (Redemption redemption : expired) {
				released += this.lifecycle.release(redemption) ? 1 : 0;
			}
		}
		while (expired.size() == this.properties.batchSize());
		if (released > 0) {
			logger.info("Released {} reservations of bookings neither completed nor cancelled in time", released);
		}
		return released;
	}

}
