package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.AudienceCriteria;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VariantAssignmentTests {

	private static final List<Campaign.Variant> AB = List.of(new Campaign.Variant("A", "Hi"),
			new Campaign.Variant("B", "Hello"));

	@Test
	void holdsOutTheSetShareAndSplitsTheRestEvenlyBetweenTheVariants() {
		Campaign campaign = campaign(AB, 20);

		Map<String, Long> groups = IntStream.range(0, 20_000)
			.mapToObj(
					(i) -> VariantAssignment.of(campaign, "client-" + i).map(Campaign.Variant::name).orElse("hold-out"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(groups.get("hold-out") / 20_000.0).isCloseTo(0.20, within(0.015));
		assertThat(groups.get("A") / 20_000.0).isCloseTo(0.40, within(0.015));
		assertThat(groups.get("B") / 20_000.0).isCloseTo(0.40, within(0.015));
	}

	@Test
	void decidesTheSameForTheSameClientEveryTime() {
		Campaign campaign = campaign(AB, 30);

		assertThat(IntStream.range(0, 100).mapToObj((i) -> VariantAssignment.of(campaign, "client-7")).distinct())
			.hasSize(1);
	}

	@Test
	void givesEveryoneTheOneMessageWithoutVariantsOrHoldOut() {
		Campaign campaign = campaign(List.of(), 0);

		assertThat(IntStream.range(0, 1000).mapToObj((i) -> VariantAssignment.of(campaign, "client-" + i)))
			.containsOnly(Optional.of(new Campaign.Variant("A", "The message")));
	}

	private static Campaign campaign(List<Campaign.Variant> variants, int holdOutPercent) {
		return new Campaign("cmp-test", "Test", new AudienceCriteria(Set.of(), null, null, Set.of()), "promo",
				Set.of(Channel.SMS), "The message", null, null, Campaign.Status.DRAFT, Campaign.Progress.none(),
				Instant.parse("2030-01-01T00:00:00Z"), null, null, null, variants, holdOutPercent);
	}

}
