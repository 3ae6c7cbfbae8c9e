package com.spautopia.promotion.campaign;

import java.time.Instant;

import com.spautopia.promotion.definition.Promotion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignRulesTests {

	private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

	@Test
	void aCampaignRunsOnlyWhileItsPromotionIsActive() {
		assertThat(CampaignRules.stopFor(Promotion.Status.ACTIVE)).isEmpty();
		assertThat(CampaignRules.stopFor(Promotion.Status.PAUSED))
			.contains(new CampaignRules.Stop(Campaign.Status.PAUSED, Campaign.StopReason.PROMOTION_PAUSED));
		assertThat(CampaignRules.stopFor(Promotion.Status.DRAFT))
			.contains(new CampaignRules.Stop(Campaign.Status.PAUSED, Campaign.StopReason.PROMOTION_PAUSED));
		assertThat(CampaignRules.stopFor(Promotion.Status.ENDED))
			.contains(new CampaignRules.Stop(Campaign.Status.CANCELLED, Campaign.StopReason.PROMOTION_ENDED));
	}

	@Test
	void aResumedCampaignWaitsForItsSendTimeOrSendsAtOnce() {
		assertThat(CampaignRules.resumedStatus(NOW.plusSeconds(1), NOW)).isEqualTo(Campaign.Status.SCHEDULED);
		assertThat(CampaignRules.resumedStatus(NOW, NOW)).isEqualTo(Campaign.Status.SENDING);
		assertThat(CampaignRules.resumedStatus(null, NOW)).isEqualTo(Campaign.Status.SENDING);
	}

}
