package com.spautopia.promotion.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.spautopia.testsupport.time.WallClock;
import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Topics;
import com.spautopia.promotion.PromotionServiceApplication;
import com.spautopia.promotion.campaign.CampaignRequest.AudienceInput;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.Instances;
import com.spautopia.testsupport.bench.KafkaCeiling;
import com.spautopia.promotion.fixtures.Percentiles;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Benchmark harness, not a test: launches a campaign to 100,000 eligible clients (plus
 * some without marketing consent, who get nothing) and prints offers issued per second,
 * from launch until every OfferIssued is on Kafka, how long after the launch the offers
 * reached Kafka (p50, p99), the process CPU per offer, the duplicates on Kafka (records
 * minus distinct event ids) and, last, a {@code BENCH campaign} line with the same
 * figures next to Kafka's own perf tools' run against the same broker
 * ({@link KafkaCeiling}; the launch only produces, so {@code produce_ratio} compares it
 * with the producer alone). Runs the service, the broker and MongoDB in one JVM on the
 * shared test infrastructure. Run with
 * {@code ./mvnw -o -q -pl promotion-service -am -Pbenchmark test
 * -Dtest=CampaignLaunchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; size with
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

			long cpu = KafkaCeiling.processCpuNanos();
			// record timestamps are wall-clock milliseconds: compared with the moment of
			// the launch
			long launchedAt = WallClock.now().toEpochMilli();
			long started = System.nanoTime();
			campaigns.launch(campaignId);
			long deadline = started + TimeUnit.MINUTES.toNanos(10);
			while (campaigns.find(campaignId).status() != Campaign.Status.COMPLETED && System.nanoTime() < deadline) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			double cpuPerOffer = (KafkaCeiling.processCpuNanos() - cpu) / 1e6 / eligible;
			CampaignStats stats = service.getBean(CampaignReports.class).stats(campaignId);
			double perSecond = stats.offersIssued() / (elapsed.toNanos() / 1e9);
			OnKafka onKafka = recordsOn(Instances.brokers(properties),
					Instances.topic(properties, Topics.PROMOTION_EVENTS), launchedAt);
			System.out.printf(
					"%nCAMPAIGN LAUNCH: %d offers issued in %.1f s = %.0f offers/s (audience %d, %d"
							+ " OfferIssued records on Kafka, %d distinct; launch -> record on Kafka %s; %.3f ms of"
							+ " CPU per offer; status %s)%n%n",
					stats.offersIssued(), elapsed.toNanos() / 1e9, perSecond, stats.audience(), onKafka.records(),
					onKafka.distinctEvents(), onKafka.sinceLaunch(), cpuPerOffer, stats.status());

			KafkaCeiling.Result ceiling = KafkaCeiling.measure(Instances.brokers(properties), eligible,
					onKafka.recordSize());
			System.out.printf(Locale.ROOT,
					"%nBENCH campaign offers_per_s=%.0f p50_ms=%d p99_ms=%d cpu_ms_per_offer=%.3f %s ratio=%.3f"
							+ " produce_ratio=%.3f cpu_ratio=%.1f clients=%d offers_issued=%d records=%d duplicates=%d%n",
					perSecond, onKafka.sinceLaunch().percentile(50), onKafka.sinceLaunch().percentile(99), cpuPerOffer,
					ceiling.benchKeys(), perSecond / ceiling.perSecond(), perSecond / ceiling.producedPerSecond(),
					cpuPerOffer / ceiling.cpuMillisPerRecord(), eligible, stats.offersIssued(), onKafka.records(),
					onKafka.records() - onKafka.distinctEvents());
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

	/**
	 * Reads every OfferIssued on the topic: how many, how many distinct events (by
	 * CloudEvents id), how long after the launch each reached Kafka, and their size.
	 */
	private static OnKafka recordsOn(String brokers, String topic, long launchedAt) {
		try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestClients.consumer(brokers, "bench-count")) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			Set<String> ids = new HashSet<>();
			List<Long> sinceLaunch = new ArrayList<>();
			long records = 0;
			int size = 0;
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					records++;
					ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
					sinceLaunch.add(record.timestamp() - launchedAt);
					size = record.value().length;
				}
			}
			return new OnKafka(records, ids.size(), new Percentiles(sinceLaunch), size);
		}
	}

	private record OnKafka(long records, int distinctEvents, Percentiles sinceLaunch, int recordSize) {
	}

}
