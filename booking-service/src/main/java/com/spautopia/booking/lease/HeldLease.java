package com.spautopia.booking.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One instance's hold on a named lease. Renews the lease only once half of it has passed,
 * so that checking before every step of a job costs no write.
 */
public final class HeldLease {

	private final Leases leases;

	private final Clock clock;

	private final String name;

	private final Duration duration;

	private final String owner;

	private @Nullable Instant until;

	HeldLease(Leases leases, Clock clock, String name, Duration duration) {
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
	public boolean hold() {
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
	public void release() {
		if (this.until != null) {
			this.until = null;
			this.leases.release(this.name, this.owner);
		}
	}

	public String owner() {
		return this.owner;
	}

}
