package com.spautopia.promotion.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.offer.Offer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Previews a campaign before launch: walks its audience as the launcher would (consent,
 * opt-outs, variant and hold-out), renders each variant in the frame notification-service
 * sends it in for each configured language, and estimates the SMS segments, cost and
 * sending time. Sends and stores nothing.
 */
@Component
@EnableConfigurationProperties(PreviewProperties.class)
class CampaignPreviews {

	private static final ClientSnapshot SAMPLE_CLIENT = new ClientSnapshot("preview", "Preview", "+48600000000", null,
			new ClientSnapshot.Consents(true, true, true), List.of());

	private final AudienceScan scan;

	private final PromotionService promotions;

	private final TreatmentCatalog catalog;

	private final CampaignProperties campaigns;

	private final PreviewProperties properties;

	private final Clock clock;

	CampaignPreviews(AudienceScan scan, PromotionService promotions, TreatmentCatalog catalog,
			CampaignProperties campaigns, PreviewProperties properties, Clock clock) {
		this.scan = scan;
		this.promotions = promotions;
		this.catalog = catalog;
		this.campaigns = campaigns;
		this.properties = properties;
		this.clock = clock;
	}

	CampaignPreview preview(Campaign campaign) {
		Instant now = this.clock.instant();
		Promotion promotion = this.promotions.find(campaign.promotionId());
		Instant validUntil = CampaignRules.offerValidUntil(campaign, promotion, now,
				this.campaigns.defaultOfferValidity());
		Counts counts = count(campaign, now);
		String code = Objects.requireNonNullElse(
				Offer
					.issue(Offer.campaignOfferId(campaign.id(), "preview"), campaign.id(), promotion, SAMPLE_CLIENT,
							campaign.channels(), campaign.message(), validUntil, now)
					.code(),
				"");
		List<CampaignPreview.VariantPreview> variants = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		long segments = 0;
		for (Campaign.Variant variant : campaign.messageVariants()) {
			List<CampaignPreview.LanguagePreview> languages = new ArrayList<>();
			int longest = 0;
			for (Map.Entry<String, PreviewProperties.Frame> language : new TreeMap<>(this.properties.languages())
				.entrySet()) {
				OfferFrames.Rendered rendered = OfferFrames.render(language.getKey(), language.getValue(),
						this.properties.spaName(), variant.message(), code, validUntil, this.catalog.timeZone());
				SmsEstimate size = SmsEstimate.of(rendered.sms());
				longest = Math.max(longest, size.billedSegments());
				ucs2Warning(variant.name(), language.getKey(), size).ifPresent(warnings::add);
				languages.add(new CampaignPreview.LanguagePreview(language.getKey(), rendered.sms(), size,
						rendered.emailSubject(), rendered.emailText()));
			}
			long sms = counts.sms.getOrDefault(variant.name(), 0L);
			segments += sms * longest;
			variants.add(new CampaignPreview.VariantPreview(variant.name(), sms,
					counts.email.getOrDefault(variant.name(), 0L), List.copyOf(languages)));
		}
		SendingEstimate sending = SendingEstimate.of(counts.smsTotal(), segments, this.properties);
		sending.warning().ifPresent(warnings::add);
		return new CampaignPreview(
				new CampaignPreview.Audience(counts.clients, counts.smsTotal(), counts.emailTotal(), counts.heldOut),
				validUntil, List.copyOf(variants), sending, List.copyOf(warnings));
	}

	private Counts count(Campaign campaign, Instant now) {
		Counts counts = new Counts();
		this.scan.scan(campaign, now, null, 1000, (chunk) -> {
			for (AudienceScan.Reached reached : chunk.reached()) {
				counts.clients++;
				Optional<Campaign.Variant> variant = VariantAssignment.of(campaign, reached.client().id());
				if (variant.isEmpty()) {
					counts.heldOut++;
					continue;
				}
				if (reached.channels().contains(Channel.SMS)) {
					counts.sms.merge(variant.get().name(), 1L, Long::sum);
				}
				if (reached.channels().contains(Channel.EMAIL)) {
					counts.email.merge(variant.get().name(), 1L, Long::sum);
				}
			}
			return true;
		});
		return counts;
	}

	private static Optional<String> ucs2Warning(String variant, String language, SmsEstimate size) {
		if (!"UCS-2".equals(size.encoding())) {
			return Optional.empty();
		}
		String sent = (size.billedSegments() < size.segments())
				? "; notification-service sends it without those characters, in " + size.billedSegments() + " segments"
				: "";
		return Optional.of("Variant " + variant + " (" + language + "): " + size.outsideGsm7()
				+ " make the SMS UCS-2 (70 characters a segment, not 160): " + size.segments() + " segments" + sent
				+ ".");
	}

	private static final class Counts {

		private long clients;

		private long heldOut;

		private final Map<String, Long> sms = new LinkedHashMap<>();

		private final Map<String, Long> email = new LinkedHashMap<>();

		long smsTotal() {
			return this.sms.values().stream().mapToLong(Long::longValue).sum();
		}

		long emailTotal() {
			return this.email.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
