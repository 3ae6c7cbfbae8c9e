package com.spautopia.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per client address and per phone number (Bucket4j), kept for as long as
 * they matter. The buckets live in this instance: with several instances behind a load
 * balancer each one allows its share.
 */
public class RateLimiter {

	private final SpaSecurityProperties.RateLimits limits;

	private final Cache<String, Bucket> buckets;

	RateLimiter(SpaSecurityProperties.RateLimits limits) {
		this.limits = limits;
		Duration longest = (limits.addressPeriod().compareTo(limits.phonePeriod()) > 0) ? limits.addressPeriod()
				: limits.phonePeriod();
		this.buckets = Caffeine.newBuilder().expireAfterAccess(longest).maximumSize(1_000_000).build();
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
		Bucket bucket = this.buckets.get(key,
				(ignored) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(subject, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

}
