package com.spautopia.promotion.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.promotion.PromotionServiceApplication;
import com.spautopia.promotion.campaign.CampaignRequest.AudienceInput;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.EventTap;
import com.spautopia.promotion.fixtures.Instances;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.OfferSender;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A launch that stops half-way (the broker starts refusing offers, then the instance goes
 * down) and is resumed by a new instance issues each eligible client's offer once.
 */
@SpaInfrastructureTest
class CampaignRestartIntegrationTests {

	private static final int CONSENTING = 240;

	private static final int SENDS_BEFORE_CRASH = 70;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void issuesEachOfferOnceWhenALaunchIsInterruptedAndResumed() {
		Map<String, Object> properties = isolatedProperties();
		String campaignId;
		Set<String> eligible;
		try (ConfigurableApplicationContext first = start(properties, PromotionServiceApplication.class,
				CrashingSenderConfiguration.class)) {
			eligible = seedAudience(first);
			Promotion promotion = PromotionMother.uniqueCodes("promo-restart").build();
			first.getBean(PromotionService.class).ensure(promotion);
			CampaignService campaigns = first.getBean(CampaignService.class);
			campaignId = campaigns
				.create(new CampaignRequest("Restart", new AudienceInput(null, null, null, Set.of("restart")),
						promotion.id(), Set.of(Channel.SMS, Channel.EMAIL), "Hello", null, null, null, null))
				.id();
			campaigns.launch(campaignId);

			CrashingOfferSender sender = first.getBean(CrashingOfferSender.class);
			await().atMost(TIMEOUT).until(() -> sender.failures.get() > 0);
			Campaign interrupted = campaigns.find(campaignId);
			assertThat(interrupted.status()).isEqualTo(Campaign.Status.SENDING);
			assertThat(interrupted.progress().lastClientId()).isNotNull();
		}

		try (ConfigurableApplicationContext second = start(properties, PromotionServiceApplication.class)) {
			CampaignService campaigns = second.getBean(CampaignService.class);
			await().atMost(TIMEOUT).until(() -> campaigns.find(campaignId).status() == Campaign.Status.COMPLETED);
			CampaignStats stats = second.getBean(CampaignReports.class).stats(campaignId);
			assertThat(stats.audience()).isEqualTo(CONSENTING);
			assertThat(stats.offersIssued()).isEqualTo(CONSENTING);
		}

		try (EventTap tap = EventTap.fromBeginning(Instances.brokers(properties),
				Instances.topic(properties, Topics.PROMOTION_EVENTS))) {
			List<EventEnvelope<SpaEvent>> offers = await().atMost(TIMEOUT)
				.until(() -> tap.envelopes()
					.stream()
					.filter((envelope) -> envelope.data() instanceof OfferIssued)
					.toList(), (found) -> found.size() >= CONSENTING);
			Map<String, Long> perClient = offers.stream()
				.collect(Collectors.groupingBy((envelope) -> ((OfferIssued) envelope.data()).client().clientId(),
						Collectors.counting()));
			assertThat(perClient.keySet()).isEqualTo(eligible);
			assertThat(perClient.values()).containsOnly(1L);
			assertThat(offers.stream().map(EventEnvelope::id).distinct()).hasSize(CONSENTING);
		}
	}

	private static Set<String> seedAudience(ConfigurableApplicationContext context) {
		MongoOperations mongo = context.getBean(MongoOperations.class);
		ConsentChanges consents = context.getBean(ConsentChanges.class);
		List<ClientView> clients = new ArrayList<>();
		for (int i = 0; i < CONSENTING; i++) {
			clients.add(view(ClientMother.consenting("client-%04d".formatted(i), "restart")));
		}
		for (int i = 0; i < 20; i++) {
			clients.add(view(ClientMother.withoutMarketingConsent("client-x%03d".formatted(i), "restart")));
		}
		ClientSnapshot optedOut = ClientMother.smsOnly("client-%04d".formatted(CONSENTING + 1), "restart");
		clients.add(view(optedOut));
		consents.optOut(optedOut.phone(), Channel.SMS);
		mongo.insertAll(clients);
		return clients.stream().limit(CONSENTING).map(ClientView::id).collect(Collectors.toSet());
	}

	private static ClientView view(ClientSnapshot client) {
		return new ClientView(client.clientId(), client.name(), client.phone(), client.email(), client.consents(),
				client.tags(), 0, 0, null, Set.of(), List.of(), List.of(), Instant.parse("2030-01-01T00:00:00Z"));
	}

	private static Map<String, Object> isolatedProperties() {
		Map<String, Object> properties = Instances.isolatedProperties("restart");
		properties.putAll(Map.of("spa.campaigns.chunk-size", 20, "spa.campaigns.launch-interval", "100ms",
				"spa.offers.relay-interval", "100ms", "spa.offers.lease-duration", "3s"));
		return properties;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties, Class<?>... sources) {
		return Instances.start(properties, sources);
	}

	/**
	 * Replaces the offer sender with one whose broker connection breaks after a few
	 * sends.
	 */
	@Configuration(proxyBeanMethods = false)
	static class CrashingSenderConfiguration {

		@Bean
		@Primary
		CrashingOfferSender crashingOfferSender(@Qualifier("kafkaOfferSender") OfferSender kafka) {
			return new CrashingOfferSender(kafka);
		}

	}

	static final class CrashingOfferSender implements OfferSender {

		private final AtomicInteger sends = new AtomicInteger();

		private final AtomicInteger failures = new AtomicInteger();

		private final OfferSender kafka;

		CrashingOfferSender(OfferSender kafka) {
			this.kafka = kafka;
		}

		@Override
		public void send(Offer offer) {
			if (this.sends.incrementAndGet() > SENDS_BEFORE_CRASH) {
				this.failures.incrementAndGet();
				throw new IllegalStateException("Simulated broker failure");
			}
			this.kafka.send(offer);
		}

	}

}
