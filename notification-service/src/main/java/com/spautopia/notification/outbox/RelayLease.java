package com.spautopia.notification.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One instance's hold on a named lease. Renewed only once half of it has passed, so that
 * checking it before every step of a job costs no write.
 */
final class RelayLease {

	private final RelayLeases leases;

	private final Clock clock;

	private final String name;

	private final Duration duration;

	private final String owner;

	private volatile @Nullable Instant until;

	RelayLease(RelayLeases leases, Clock clock, String name, Duration duration) {
		this.leases = leases;
		this.clock = clock;
		this.name = name;
		this.duration = duration;
		this.owner = name + "@" + UUID.randomUUID();
	}

	/**
	 * Whether this instance holds the lease for at least half its duration from now,
	 * taking or renewing it if needed.
	 * @return whether the job may go on here
	 */
	boolean hold() {
		Instant held = this.until;
		if (held != null && this.clock.instant().isBefore(held.minus(this.duration.dividedBy(2)))) {
			return true;
		}
		this.until = this.leases.acquire(this.name, this.owner, this.duration).orElse(null);
		return this.until != null;
	}

	/**
	 * Gives the lease up so that another instance can take it at once.
	 */
	void release() {
		if (this.until != null) {
			this.until = null;
			this.leases.release(this.name, this.owner);
		}
	}

}
