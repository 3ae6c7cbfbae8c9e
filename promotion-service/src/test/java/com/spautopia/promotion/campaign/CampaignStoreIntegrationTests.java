package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.AudienceCriteria;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PromotionServiceTest
class CampaignStoreIntegrationTests {

	private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");

	@Autowired
	private CampaignStore campaigns;

	@Test
	void countsAChunkOnceWhenAnInstanceThatLostTheLeaseSavesItAgain() {
		String id = sendingCampaign();

		boolean firstInstance = this.campaigns.saveProgress(id, null, "client-050", 40);
		// the first instance's lease ran out mid-chunk; the other one handled the chunk
		// and saved it already
		boolean sameChunkAgain = this.campaigns.saveProgress(id, null, "client-050", 40);
		boolean nextChunk = this.campaigns.saveProgress(id, "client-050", "client-100", 45);
		boolean staleNextChunk = this.campaigns.saveProgress(id, "client-050", "client-100", 45);

		assertThat(firstInstance).isTrue();
		assertThat(sameChunkAgain).isFalse();
		assertThat(nextChunk).isTrue();
		assertThat(staleNextChunk).isFalse();
		assertThat(this.campaigns.findById(id).orElseThrow().progress())
			.isEqualTo(new Campaign.Progress("client-100", 85));
		this.campaigns.complete(id, NOW);
	}

	// its promotion does not exist, so the launcher leaves it alone
	private String sendingCampaign() {
		String id = "cmp-" + UUID.randomUUID();
		this.campaigns.insert(new Campaign(id, "Progress", new AudienceCriteria(Set.of(), null, null, Set.of("store")),
				"promo-store", Set.of(Channel.SMS), "Hello", null, null, Campaign.Status.DRAFT,
				Campaign.Progress.none(), NOW, null, null, null, List.of(), 0));
		assertThat(this.campaigns.launch(id, Campaign.Status.SENDING, NOW)).isPresent();
		return id;
	}

}
