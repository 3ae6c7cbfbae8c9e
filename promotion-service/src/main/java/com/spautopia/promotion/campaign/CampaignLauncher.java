package com.spautopia.promotion.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.OfferDispatch;
import com.spautopia.promotion.offer.OfferRelay;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.support.ShutdownSignal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends launched campaigns. Chunk by chunk, it stores the chunk's offers (ids
 * {@code campaignId:clientId}, so a repeated chunk adds none), publishes those not
 * published yet, then saves the progress if it is still where the chunk began (so a chunk
 * is counted once even when the lease moved to another instance meanwhile). After a crash
 * the launch resumes with the chunk it was in: its stored offers are not stored again and
 * only the unpublished ones are published, so each eligible client gets one offer per
 * campaign. Only the instance holding the offer-dispatch lease sends.
 */
@Component
class CampaignLauncher {

	private static final Logger logger = LoggerFactory.getLogger(CampaignLauncher.class);

	private final CampaignStore campaigns;

	private final AudienceScan scan;

	private final PromotionService promotions;

	private final Offers offers;

	private final OfferRelay relay;

	private final OfferDispatch dispatch;

	private final CampaignProperties properties;

	private final Clock clock;

	private final ShutdownSignal shutdown;

	CampaignLauncher(CampaignStore campaigns, AudienceScan scan, PromotionService promotions, Offers offers,
			OfferRelay relay, OfferDispatch dispatch, CampaignProperties properties, ShutdownSignal shutdown,
			Clock clock) {
		this.campaigns = campaigns;
		this.scan = scan;
		this.promotions = promotions;
		this.offers = offers;
		this.relay = relay;
		this.dispatch = dispatch;
		this.properties = properties;
		this.shutdown = shutdown;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${spa.campaigns.launch-interval}")
	void sendDueCampaigns() {
		this.dispatch.exclusively(this::sendWhileLeased);
	}

	private void sendWhileLeased() {
		try {
			if (this.shutdown.stopping() || !this.dispatch.tryAcquire()) {
				return;
			}
			this.campaigns.startDue(this.clock.instant());
			for (Campaign campaign : this.campaigns.launched()) {
				if (this.shutdown.stopping()) {
					return;
				}
				// promotions are never deleted: a campaign without one is left alone
				Optional<Promotion> promotion = this.promotions.findById(campaign.promotionId());
				Optional<CampaignRules.Stop> stop = promotion.flatMap((found) -> CampaignRules.stopFor(found.status()));
				if (stop.isPresent()) {
					stop(campaign, stop.get());
				}
				else if (promotion.isPresent() && campaign.status() == Campaign.Status.SENDING) {
					send(campaign, promotion.get());
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Campaign launch interrupted; it resumes on the next run: {}", ex.toString());
		}
	}

	private void stop(Campaign campaign, CampaignRules.Stop stop) {
		if (this.campaigns.changeStatus(campaign.id(), Set.of(campaign.status()), stop.status(), stop.reason())
			.isPresent()) {
			logger.info("Campaign {} is now {}: promotion {} is not active", campaign.id(), stop.status(),
					campaign.promotionId());
			if (stop.status() == Campaign.Status.CANCELLED) {
				this.offers.discardPending(campaign.id());
			}
		}
	}

	private void send(Campaign campaign, Promotion promotion) {
		Instant now = this.clock.instant();
		Instant validUntil = validUntil(campaign, promotion, now);
		AtomicReference<@Nullable String> after = new AtomicReference<>(campaign.progress().lastClientId());
		boolean complete = this.scan.scan(campaign, now, after.get(), this.properties.chunkSize(),
				(chunk) -> !this.shutdown.stopping() && this.dispatch.tryAcquire()
						&& sendChunk(campaign, promotion, chunk, after, validUntil, now));
		if (complete && publishLeftovers(campaign)) {
			this.campaigns.complete(campaign.id(), this.clock.instant());
			logger.info("Campaign {} completed", campaign.id());
		}
	}

	private boolean sendChunk(Campaign campaign, Promotion promotion, AudienceScan.Chunk chunk,
			AtomicReference<@Nullable String> after, Instant validUntil, Instant now) {
		long started = System.nanoTime();
		List<Offer> offers = chunk.reached()
			.stream()
			.map((reached) -> offer(campaign, promotion, reached, validUntil, now))
			.toList();
		// a chunk begun before a crash has offers stored already: keep them, publish
		// those still pending
		Map<String, Offer> stored = this.offers.findAllById(offers.stream().map(Offer::id).toList());
		List<Offer> fresh = offers.stream().filter((offer) -> !stored.containsKey(offer.id())).toList();
		this.offers.issue(fresh);
		// held-out clients are recorded, never published
		List<Offer> pending = new ArrayList<>(fresh.stream().filter(Offer::pending).toList());
		stored.values().stream().filter(Offer::pending).forEach(pending::add);
		long issued = System.nanoTime();
		this.relay.publish(pending);
		long published = System.nanoTime();
		if (!this.campaigns.saveProgress(campaign.id(), after.get(), chunk.lastClientId(), chunk.reached().size())) {
			logger.info("Campaign {}: another instance moved its progress on; stopping here", campaign.id());
			return false;
		}
		after.set(chunk.lastClientId());
		logger.debug("Campaign {}: {} offers stored in {} ms, {} published in {} ms", campaign.id(), fresh.size(),
				(issued - started) / 1_000_000, pending.size(), (published - issued) / 1_000_000);
		return true;
	}

	// a held-out client is recorded, not sent anything
	private static Offer offer(Campaign campaign, Promotion promotion, AudienceScan.Reached reached, Instant validUntil,
			Instant now) {
		String id = Offer.campaignOfferId(campaign.id(), reached.client().id());
		return VariantAssignment.of(campaign, reached.client().id())
			.map((variant) -> Offer
				.issue(id, campaign.id(), promotion, reached.client().snapshot(), reached.channels(), variant.message(),
						validUntil, now)
				.withVariant(variant.name()))
			.orElseGet(() -> Offer.heldOut(id, campaign.id(), promotion, reached.client().snapshot(), validUntil, now));
	}

	private boolean publishLeftovers(Campaign campaign) {
		return !this.shutdown.stopping() && this.relay.publishAllPending(campaign.id());
	}

	private Instant validUntil(Campaign campaign, Promotion promotion, Instant now) {
		return CampaignRules.offerValidUntil(campaign, promotion, now, this.properties.defaultOfferValidity());
	}

}
