package com.spautopia.promotion.offer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import com.spautopia.promotion.support.ShutdownSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes stored offers and marks them published. Sends of a batch run concurrently on
 * virtual threads, so the producer batches them; an offer is marked only once the broker
 * acknowledged it, so a crash can at worst publish it again, with the same event id.
 */
@Component
public class OfferRelay {

	private static final Logger logger = LoggerFactory.getLogger(OfferRelay.class);

	private final Offers offers;

	private final OfferSender sender;

	private final OfferDispatch dispatch;

	private final OfferProperties properties;

	private final ShutdownSignal shutdown;

	private final Clock clock;

	OfferRelay(Offers offers, OfferSender sender, OfferDispatch dispatch, OfferProperties properties,
			ShutdownSignal shutdown, Clock clock) {
		this.offers = offers;
		this.sender = sender;
		this.dispatch = dispatch;
		this.properties = properties;
		this.shutdown = shutdown;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${spa.offers.relay-interval}")
	void relayPending() {
		this.dispatch.exclusively(this::relayWhileLeased);
	}

	private void relayWhileLeased() {
		try {
			while (!this.shutdown.stopping() && this.dispatch.tryAcquire()) {
				List<Offer> batch = this.offers.pending(this.properties.batchSize());
				if (batch.isEmpty() || publish(batch) < batch.size()) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not publish pending offers; will retry: {}", ex.toString());
		}
	}

	/**
	 * Publishes every offer of a campaign that waits to be published.
	 * @param campaignId the campaign
	 * @return true once none waits, false when interrupted by a shutdown
	 */
	public boolean publishAllPending(String campaignId) {
		List<Offer> batch = this.offers.pendingOfCampaign(campaignId, this.properties.batchSize());
		while (!batch.isEmpty()) {
			if (this.shutdown.stopping()) {
				return false;
			}
			publish(batch);
			batch = this.offers.pendingOfCampaign(campaignId, this.properties.batchSize());
		}
		return true;
	}

	/**
	 * Publishes offers that wait to be published and marks them published.
	 * @param batch the offers
	 * @return how many were published
	 * @throws RuntimeException the first send failure, after marking those sent
	 */
	public int publish(List<Offer> batch) {
		Semaphore inFlight = new Semaphore(this.properties.publishConcurrency());
		List<Future<String>> sends = new ArrayList<>(batch.size());
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Offer offer : batch) {
				inFlight.acquireUninterruptibly();
				sends.add(executor.submit(() -> {
					try {
						this.sender.send(offer);
						return offer.id();
					}
					finally {
						inFlight.release();
					}
				}));
			}
		}
		List<String> published = new ArrayList<>(batch.size());
		RuntimeException failure = null;
		for (Future<String> send : sends) {
			try {
				published.add(send.get());
			}
			catch (ExecutionException ex) {
				failure = (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = new IllegalStateException("Interrupted while publishing offers", ex);
			}
		}
		if (!published.isEmpty()) {
			this.offers.markPublished(published, this.clock.instant());
		}
		if (failure != null) {
			throw failure;
		}
		return published.size();
	}

}
