package com.spautopia.security;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per client address and per phone number (Bucket4j), in a
 * {@link BucketStore}: by default the service's MongoDB database, so that all instances
 * of a service share one limit.
 */
public class RateLimiter {

	private final SpaSecurityProperties.RateLimits limits;

	private final BucketStore buckets;

	RateLimiter(SpaSecurityProperties.RateLimits limits, BucketStore buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	/**
	 * How long a bucket matters at most: the longer of the two periods.
	 * @param limits the limits
	 * @return the longest period
	 */
	static Duration longestPeriod(SpaSecurityProperties.RateLimits limits) {
		return (limits.addressPeriod().compareTo(limits.phonePeriod()) > 0) ? limits.addressPeriod()
				: limits.phonePeriod();
	}

	/**
	 * Counts one request from a client address.
	 * @param address the client's IP address
	 * @throws RateLimitExceededException when the address has used up its requests
	 */
	public void checkAddress(String address) {
		check("address:" + address, "address", this.limits.perAddress(), this.limits.addressPeriod());
	}

	/**
	 * Counts one request for a phone number (a booking, a quote).
	 * @param phone the phone number, normalized
	 * @throws RateLimitExceededException when the number has used up its requests
	 */
	public void checkPhone(String phone) {
		check("phone:" + phone, "phone number", this.limits.perPhone(), this.limits.phonePeriod());
	}

	private void check(String key, String subject, long capacity, Duration period) {
		if (!this.limits.enabled()) {
			return;
		}
		ConsumptionProbe probe = this.buckets
			.bucket(key,
					() -> BucketConfiguration.builder()
						.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
						.build())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(subject, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

}
