package com.spautopia.promotion.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.spautopia.events.Channel;
import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.web.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Creates, previews, launches and reports on campaigns.
 */
@Service
@EnableConfigurationProperties(CampaignProperties.class)
class CampaignService {

	private static final Logger logger = LoggerFactory.getLogger(CampaignService.class);

	private final CampaignStore campaigns;

	private final PromotionService promotions;

	private final TreatmentCatalog catalog;

	private final AudienceScan scan;

	private final Offers offers;

	private final CampaignPreviews previews;

	private final Clock clock;

	CampaignService(CampaignStore campaigns, PromotionService promotions, TreatmentCatalog catalog, AudienceScan scan,
			Offers offers, CampaignPreviews previews, Clock clock) {
		this.campaigns = campaigns;
		this.promotions = promotions;
		this.catalog = catalog;
		this.scan = scan;
		this.offers = offers;
		this.previews = previews;
		this.clock = clock;
	}

	Campaign create(CampaignRequest request) {
		Campaign campaign = draft(request);
		logger.info("Created campaign {} ({})", campaign.id(), campaign.name());
		return this.campaigns.insert(campaign);
	}

	/**
	 * What a campaign would send if it were created and launched now; nothing is stored.
	 * @param request the campaign as it would be created
	 * @return the preview
	 */
	CampaignPreview preview(CampaignRequest request) {
		return this.previews.preview(draft(request));
	}

	/**
	 * What a stored campaign would send if launched now.
	 * @param id the campaign
	 * @return the preview
	 */
	CampaignPreview previewMessages(String id) {
		return this.previews.preview(find(id));
	}

	private Campaign draft(CampaignRequest request) {
		Promotion promotion = this.promotions.findById(request.promotionId())
			.orElseThrow(() -> Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "promotionId",
					"unknown promotion " + request.promotionId()));
		// a shared code or an automatic promotion would reach anyone, and outlive the
		// offer: a campaign's offers are redeemable only by their clients, until they end
		if (!promotion.uniqueCodes()) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "promotionId",
					"a campaign offers a promotion with a code of each client's own (unique codes); " + promotion.id()
							+ " has " + ((promotion.code() != null) ? "a shared code" : "no code"));
		}
		List<String> unknown = request.audience()
			.toCriteria()
			.treatmentIds()
			.stream()
			.filter((id) -> !this.catalog.isKnown(id))
			.sorted()
			.toList();
		if (!unknown.isEmpty()) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "audience.treatmentIds",
					"unknown treatment " + String.join(", ", unknown));
		}
		List<Campaign.Variant> variants = request.toVariants();
		if (variants.isEmpty() && (request.message() == null || request.message().isBlank())) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "message", "must not be blank");
		}
		if (variants.size() == 2 && variants.get(0).name().equals(variants.get(1).name())) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "variants", "must have different names");
		}
		String message = (request.message() != null && !request.message().isBlank()) ? request.message()
				: variants.get(0).message();
		return new Campaign("cmp-" + UUID.randomUUID(), request.name().strip(), request.audience().toCriteria(),
				request.promotionId(), request.channels(), message, request.sendAt(), request.offerValidUntil(),
				Campaign.Status.DRAFT, Campaign.Progress.none(), this.clock.instant(), null, null, null, variants,
				(request.holdOutPercent() != null) ? request.holdOutPercent() : 0);
	}

	Campaign find(String id) {
		return this.campaigns.findById(id).orElseThrow(() -> Problems.notFound("Campaign", id));
	}

	List<Campaign> list() {
		return this.campaigns.findAll();
	}

	Campaign launch(String id) {
		Campaign campaign = find(id);
		requireActive(this.promotions.find(campaign.promotionId()), "launching");
		Instant now = this.clock.instant();
		Campaign.Status status = CampaignRules.resumedStatus(campaign.sendAt(), now);
		Campaign launched = this.campaigns.launch(id, status, now)
			.orElseThrow(() -> Problems.of(HttpStatus.CONFLICT, "already-launched",
					"Campaign " + id + " is " + campaign.status() + " and cannot be launched again."));
		logger.info("Launched campaign {}: {}", id, status);
		return launched;
	}

	Campaign pause(String id) {
		return change(id, EnumSet.of(Campaign.Status.SCHEDULED, Campaign.Status.SENDING), Campaign.Status.PAUSED,
				Campaign.StopReason.MARKETING);
	}

	Campaign resume(String id) {
		Campaign campaign = find(id);
		requireActive(this.promotions.find(campaign.promotionId()), "resuming");
		Campaign.Status to = CampaignRules.resumedStatus(campaign.sendAt(), this.clock.instant());
		return change(id, EnumSet.of(Campaign.Status.PAUSED), to, null);
	}

	/**
	 * Cancels a campaign for good; offers stored but not published yet are dropped.
	 * @param id the campaign
	 * @return the cancelled campaign
	 */
	Campaign cancel(String id) {
		Campaign cancelled = change(id, EnumSet.of(Campaign.Status.DRAFT, Campaign.Status.SCHEDULED,
				Campaign.Status.SENDING, Campaign.Status.PAUSED), Campaign.Status.CANCELLED,
				Campaign.StopReason.MARKETING);
		this.offers.discardPending(id);
		return cancelled;
	}

	private Campaign change(String id, Set<Campaign.Status> from, Campaign.Status to,
			Campaign.@Nullable StopReason reason) {
		Campaign campaign = find(id);
		Campaign changed = this.campaigns.changeStatus(id, from, to, reason)
			.orElseThrow(() -> Problems.of(HttpStatus.CONFLICT, "invalid-status-change",
					"Campaign " + id + " is " + campaign.status() + " and cannot become " + to + "."));
		logger.info("Campaign {} is now {}", id, to);
		return changed;
	}

	private static void requireActive(Promotion promotion, String doing) {
		if (promotion.status() != Promotion.Status.ACTIVE) {
			throw Problems.of(HttpStatus.CONFLICT, "promotion-not-active", "Promotion " + promotion.id() + " is "
					+ promotion.status() + "; activate it before " + doing + ".");
		}
	}

	AudiencePreview preview(String id) {
		Campaign campaign = find(id);
		AtomicLong clients = new AtomicLong();
		AtomicLong sms = new AtomicLong();
		AtomicLong email = new AtomicLong();
		this.scan.scan(campaign, this.clock.instant(), null, 1000, (chunk) -> {
			chunk.reached().forEach((reached) -> {
				clients.incrementAndGet();
				sms.addAndGet(reached.channels().contains(Channel.SMS) ? 1 : 0);
				email.addAndGet(reached.channels().contains(Channel.EMAIL) ? 1 : 0);
			});
			return true;
		});
		return new AudiencePreview(clients.get(), sms.get(), email.get());
	}

	/**
	 * The clients a campaign would reach now.
	 *
	 * @param clients reachable clients
	 * @param sms of those, reachable by SMS
	 * @param email of those, reachable by email
	 */
	record AudiencePreview(long clients, long sms, long email) {
	}

}
