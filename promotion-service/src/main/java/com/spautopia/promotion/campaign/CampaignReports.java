package com.spautopia.promotion.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.offer.Offers.GroupCounts;
import com.spautopia.promotion.offer.Offers.OfferCounts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A campaign's stats: its offers, and for A/B tests and hold-outs each group's sample,
 * conversion and visit rate, and the incremental effect (those offered against those held
 * out).
 */
@Component
class CampaignReports {

	private final CampaignService campaigns;

	private final Offers offers;

	CampaignReports(CampaignService campaigns, Offers offers) {
		this.campaigns = campaigns;
		this.offers = offers;
	}

	CampaignStats stats(String id) {
		Campaign campaign = this.campaigns.find(id);
		OfferCounts counts = this.offers.counts(id);
		@Nullable Money revenue = counts.revenue().stream().reduce(Money::plus).orElse(null);
		List<CampaignStats.Group> variants = campaign.messageVariants()
			.stream()
			.map((variant) -> group(variant.name(), this.offers.group(id, variant.name())))
			.toList();
		CampaignStats.Group holdOut = (campaign.holdOutPercent() > 0) ? group("hold-out", this.offers.group(id, null))
				: null;
		return new CampaignStats(id, campaign.status(), campaign.progress().audience(), counts.published(),
				counts.pending(), counts.delivered(), counts.redeemed(), revenue,
				ratio(counts.redeemed(), counts.published()), variants, holdOut, incremental(variants, holdOut));
	}

	private static CampaignStats.Group group(String name, GroupCounts counts) {
		return new CampaignStats.Group(name, counts.size(), counts.redeemed(), counts.visited(),
				ratio(counts.redeemed(), counts.size()), ratio(counts.visited(), counts.size()));
	}

	private static @Nullable BigDecimal incremental(List<CampaignStats.Group> variants,
			CampaignStats.@Nullable Group holdOut) {
		if (holdOut == null || holdOut.clients() == 0) {
			return null;
		}
		long offered = variants.stream().mapToLong(CampaignStats.Group::clients).sum();
		long visited = variants.stream().mapToLong(CampaignStats.Group::visited).sum();
		return ratio(visited, offered).subtract(holdOut.visitRate());
	}

	private static BigDecimal ratio(long part, long whole) {
		return (whole == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

}
