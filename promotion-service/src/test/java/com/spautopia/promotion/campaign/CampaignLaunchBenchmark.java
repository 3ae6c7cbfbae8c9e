package com.spautopia.promotion.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Topics;
import com.spautopia.promotion.PromotionServiceApplication;
import com.spautopia.promotion.campaign.CampaignRequest.AudienceInput;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.Instances;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Benchmark harness, not a test: launches a campaign to 100,000 eligible clients (plus
 * some without marketing consent, who get nothing) and prints offers issued per second,
 * from launch until every OfferIssued is on Kafka. Runs the service, the broker and
 * MongoDB in one JVM on the shared test infrastructure. Run with {@code ./mvnw -o -q -pl
 * promotion-service -Pbenchmark test -Dtest=CampaignLaunchBenchmark}; size with
 * {@code -Dbenchmark.clients=100000}.
 */
@Tag("benchmark")
public class CampaignLaunchBenchmark {

	public static void main(String[] args) {
		new CampaignLaunchBenchmark().run();
	}

	@Test
	void run() {
		int eligible = Integer.getInteger("benchmark.clients", 100_000);
		int withoutConsent = eligible / 100;
		Map<String, Object> properties = Instances.isolatedProperties("campaign-bench");
		properties.put("logging.level.com.spautopia", "WARN");
		properties.put("spa.campaigns.launch-interval", "100ms");
		try (ConfigurableApplicationContext service = Instances.start(properties, PromotionServiceApplication.class)) {
			long seeding = System.nanoTime();
			seed(service.getBean(MongoOperations.class), eligible, withoutConsent);
			System.out.printf("%nSeeded %d client views in %.1f s%n", eligible + withoutConsent,
					(System.nanoTime() - seeding) / 1e9);

			Promotion promotion = PromotionMother.uniqueCodes("promo-bench").percent("15").build();
			service.getBean(PromotionService.class).ensure(promotion);
			CampaignService campaigns = service.getBean(CampaignService.class);
			String campaignId = campaigns
				.create(new CampaignRequest("We miss you",
						new AudienceInput(Set.of("back-pain-desk-workers"), 60, null, Set.of("bench")), promotion.id(),
						Set.of(Channel.SMS, Channel.EMAIL), "Your back misses us: 15% off", null, null, null, null))
				.id();

			long previewing = System.nanoTime();
			CampaignService.AudiencePreview preview = campaigns.preview(campaignId);
			System.out.printf("Audience preview: %d clients in %.1f s%n", preview.clients(),
					(System.nanoTime() - previewing) / 1e9);

			long started = System.nanoTime();
			campaigns.launch(campaignId);
			long deadline = started + TimeUnit.MINUTES.toNanos(10);
			while (campaigns.find(campaignId).status() != Campaign.Status.COMPLETED && System.nanoTime() < deadline) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			CampaignStats stats = service.getBean(CampaignReports.class).stats(campaignId);
			long onKafka = recordsOn(Instances.brokers(properties),
					Instances.topic(properties, Topics.PROMOTION_EVENTS));
			System.out.printf(
					"%nCAMPAIGN LAUNCH: %d offers issued in %.1f s = %.0f offers/s (audience %d, %d"
							+ " OfferIssued records on Kafka, status %s)%n%n",
					stats.offersIssued(), elapsed.toNanos() / 1e9, stats.offersIssued() / (elapsed.toNanos() / 1e9),
					stats.audience(), onKafka, stats.status());
		}
	}

	private static void seed(MongoOperations mongo, int eligible, int withoutConsent) {
		Instant lastVisit = Instant.parse("2025-01-14T09:00:00Z");
		List<ClientView> batch = new ArrayList<>();
		for (int i = 0; i < eligible + withoutConsent; i++) {
			boolean consenting = i < eligible;
			batch.add(new ClientView("client-%07d".formatted(i), "Client " + i, "+48500%06d".formatted(i),
					"client" + i + "@example.com", new Consents(true, consenting, consenting), List.of("bench"), 2, 0,
					lastVisit, Set.of("back-pain-desk-workers"), List.of(), List.of(), lastVisit));
			if (batch.size() == 5_000) {
				mongo.insertAll(batch);
				batch = new ArrayList<>();
			}
		}
		mongo.insertAll(batch);
	}

	private static long recordsOn(String brokers, String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestClients.consumer(brokers, "bench-count")) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
			return partitions.stream().mapToLong((partition) -> end.get(partition) - start.get(partition)).sum();
		}
	}

}
