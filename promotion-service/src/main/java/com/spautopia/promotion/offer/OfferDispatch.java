package com.spautopia.promotion.offer;

import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.spautopia.promotion.support.Leases;

/**
 * The right to publish offers, held by one instance at a time (a lease) and within it by
 * one thread at a time (a lock), so that the relay and campaign launches never publish
 * the same offer concurrently.
 */
@Component
@EnableConfigurationProperties(OfferProperties.class)
public class OfferDispatch {

	private static final String LEASE = "offer-dispatch";

	private final Leases leases;

	private final OfferProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	OfferDispatch(Leases leases, OfferProperties properties) {
		this.leases = leases;
		this.properties = properties;
	}

	/**
	 * Runs offer publishing work while no other thread of this instance does.
	 * @param work the work
	 */
	public void exclusively(Runnable work) {
		this.lock.lock();
		try {
			work.run();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Takes or renews the right to publish offers.
	 * @return whether this instance may publish now
	 */
	public boolean tryAcquire() {
		return this.leases.tryAcquire(LEASE, this.properties.leaseDuration());
	}

	@PreDestroy
	void release() {
		this.leases.release(LEASE);
	}

}
