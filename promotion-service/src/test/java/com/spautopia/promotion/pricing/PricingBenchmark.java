package com.spautopia.promotion.pricing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.EventCodec;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.promotion.PromotionServiceApplication;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.Instances;
import com.spautopia.testsupport.bench.HeapUse;
import com.spautopia.testsupport.bench.KafkaCeiling;
import com.spautopia.promotion.fixtures.Percentiles;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark harness, not a test: prices {@code AppointmentRequested} events from Kafka
 * with 50 active promotions (automatic ones with treatment, day, time-window, segment,
 * first-visit and visit-count conditions, stackable and exclusive, some with limits;
 * shared codes, some limited: 10 of the 50) and prints evaluations per second for a
 * backlog, latency percentiles at a steady rate, the process CPU per evaluation and,
 * last, a {@code BENCH pricing} line with the same figures next to Kafka's own perf
 * tools' run against the same broker ({@link KafkaCeiling}). Runs the service, the broker
 * and MongoDB in one JVM on the shared test infrastructure. Run with
 * {@code ./mvnw -o -q -pl
 * promotion-service -am -Pbenchmark test -Dtest=PricingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; size with {@code -Dbenchmark.requests=50000},
 * {@code -Dbenchmark.rate=1000} (the steady rate) and {@code -Dbenchmark.seconds=15}.
 */
@Tag("benchmark")
public class PricingBenchmark {

	private static final String[] TREATMENTS = { "back-pain-desk-workers", "deep-tissue", "swedish", "sports",
			"trigger-point", "posture", "kids" };

	private static final int CLIENTS = 5_000;

	private final Random random = new Random(42);

	private final EventCodec codec = new EventCodec(URI.create("/spa-utopia/booking-service"));

	private final Map<String, Long> requestedAt = new ConcurrentHashMap<>();

	private final Map<String, Long> evaluatedAt = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		new PricingBenchmark().run();
	}

	@Test
	void run() throws Exception {
		int requests = Integer.getInteger("benchmark.requests", 50_000);
		int rate = Integer.getInteger("benchmark.rate", 1_000);
		int seconds = Integer.getInteger("benchmark.seconds", 15);
		Map<String, Object> properties = Instances.isolatedProperties("pricing-bench");
		properties.put("logging.level.com.spautopia", "WARN");
		try (ConfigurableApplicationContext service = Instances.start(properties, PromotionServiceApplication.class);
				KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(Instances.brokers(properties))) {
			createPromotions(service.getBean(PromotionService.class));
			String bookingTopic = Instances.topic(properties, Topics.BOOKING_EVENTS);
			AtomicBoolean reading = new AtomicBoolean(true);
			Thread reader = Thread.ofPlatform()
				.start(() -> readEvaluations(Instances.brokers(properties),
						Instances.topic(properties, Topics.PROMOTION_EVENTS), reading));

			burst(producer, bookingTopic, 2_000);
			latencies();

			HeapUse.resetPeak();
			long cpu = KafkaCeiling.processCpuNanos();
			long started = System.nanoTime();
			burst(producer, bookingTopic, requests);
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			double cpuPerEvaluation = (KafkaCeiling.processCpuNanos() - cpu) / 1e6 / requests;
			double perSecond = requests / (elapsed.toNanos() / 1e9);
			Percentiles backlog = latencies();
			long peakHeap = HeapUse.peakMegabytes();
			long liveHeap = HeapUse.liveMegabytes();
			System.out.printf(
					"%nPRICING THROUGHPUT: %d evaluations in %.1f s = %.0f evaluations/s (50 promotions,"
							+ " backlog of %d requests; latency incl. queueing %s; %.2f ms of CPU per evaluation)%n",
					requests, elapsed.toNanos() / 1e9, perSecond, requests, backlog, cpuPerEvaluation);

			Percentiles steady = paced(producer, bookingTopic, rate, seconds);
			System.out.printf("PRICING LATENCY at a steady %d requests/s for %d s (request produced -> evaluation"
					+ " produced): %s%n%n", rate, seconds, steady);
			reading.set(false);
			reader.join();

			KafkaCeiling.Result ceiling = KafkaCeiling.measure(Instances.brokers(properties), requests,
					this.codec.encode(request()).payload().length);
			System.out.printf(Locale.ROOT,
					"%nBENCH pricing evaluations_per_s=%.0f p50_ms=%d p99_ms=%d cpu_ms_per_eval=%.3f %s"
							+ " ratio=%.3f cpu_ratio=%.1f backlog=%d promotions=50 limited=10 steady_rate=%d"
							+ " steady_p50_ms=%d steady_p99_ms=%d peak_heap_mb=%d live_heap_mb=%d%n",
					perSecond, backlog.percentile(50), backlog.percentile(99), cpuPerEvaluation, ceiling.benchKeys(),
					perSecond / ceiling.perSecond(), cpuPerEvaluation / ceiling.cpuMillisPerRecord(), requests, rate,
					steady.percentile(50), steady.percentile(99), peakHeap, liveHeap);
		}
	}

	private void burst(KafkaProducer<byte[], byte[]> producer, String topic, int count) {
		List<String> bookingIds = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			bookingIds.add(send(producer, topic));
		}
		producer.flush();
		awaitEvaluated(bookingIds);
	}

	private Percentiles paced(KafkaProducer<byte[], byte[]> producer, String topic, int rate, int seconds) {
		this.requestedAt.clear();
		this.evaluatedAt.clear();
		List<String> bookingIds = new ArrayList<>();
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		long next = System.nanoTime();
		for (int i = 0; i < rate * seconds; i++) {
			LockSupport.parkNanos(next - System.nanoTime());
			bookingIds.add(send(producer, topic));
			next += interval;
		}
		awaitEvaluated(bookingIds);
		return new Percentiles(
				bookingIds.stream().map((id) -> this.evaluatedAt.get(id) - this.requestedAt.get(id)).toList());
	}

	private Percentiles latencies() {
		Percentiles latencies = new Percentiles(this.evaluatedAt.entrySet()
			.stream()
			.filter((entry) -> this.requestedAt.containsKey(entry.getKey()))
			.map((entry) -> entry.getValue() - this.requestedAt.get(entry.getKey()))
			.toList());
		this.requestedAt.clear();
		this.evaluatedAt.clear();
		return latencies;
	}

	private String send(KafkaProducer<byte[], byte[]> producer, String topic) {
		AppointmentRequested request = request();
		KafkaEventMessage message = this.codec.encode(request);
		List<Header> headers = message.headers()
			.entrySet()
			.stream()
			.<Header>map((header) -> new RecordHeader(header.getKey(), header.getValue()))
			.toList();
		producer.send(new ProducerRecord<>(topic, null, message.key().getBytes(StandardCharsets.UTF_8),
				message.payload(), headers), (metadata, failure) -> {
					if (metadata != null) {
						this.requestedAt.put(request.bookingId(), metadata.timestamp());
					}
				});
		return request.bookingId();
	}

	private void awaitEvaluated(List<String> bookingIds) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
		while (!bookingIds.stream().allMatch(this.evaluatedAt::containsKey)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Evaluations missing after 30 minutes");
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
		}
	}

	private void readEvaluations(String brokers, String topic, AtomicBoolean reading) {
		try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestClients.consumer(brokers,
				"bench-" + System.nanoTime())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			while (reading.get()) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
					this.evaluatedAt.putIfAbsent(new String(record.key(), StandardCharsets.UTF_8), record.timestamp());
				}
			}
		}
	}

	private AppointmentRequested request() {
		int treatmentNumber = this.random.nextInt(TREATMENTS.length);
		String treatment = TREATMENTS[treatmentNumber];
		OffsetDateTime start = OffsetDateTime.of(2030, 5, 6 + this.random.nextInt(14), 9 + this.random.nextInt(10), 0,
				0, 0, ZoneOffset.ofHours(2));
		int clientNumber = this.random.nextInt(CLIENTS);
		ClientSnapshot client = new ClientSnapshot("bench-client-" + clientNumber, "Client " + clientNumber,
				"+48600" + String.format("%06d", clientNumber), "c" + clientNumber + "@example.com",
				new Consents(true, true, true), List.of("segment-" + (clientNumber % 10)));
		AppointmentDetails appointment = new AppointmentDetails(treatment, treatment, "jan-kowalski", "Jan Kowalski",
				start, start.plusMinutes(60), "Europe/Warsaw",
				Money.of(String.valueOf(120 + treatmentNumber * 20), "PLN"));
		int draw = this.random.nextInt(100);
		String code = (draw < 40) ? "BENCH" + (10 + this.random.nextInt(10)) : (draw < 45) ? "NOSUCHCODE" : null;
		return new AppointmentRequested("bkg-" + UUID.randomUUID(), appointment, client, code,
				Instant.parse("2030-05-01T08:00:00Z"));
	}

	private static void createPromotions(PromotionService promotions) {
		for (int i = 0; i < 40; i++) {
			PromotionMother.Builder promotion = PromotionMother.automatic("bench-auto-" + i)
				.treatments(TREATMENTS[i % TREATMENTS.length], TREATMENTS[(i + 3) % TREATMENTS.length]);
			promotion = (i % 2 == 0) ? promotion.percent(String.valueOf(5 + i % 20)) : promotion.fixed(10 + i + ".00");
			if (i % 4 == 0) {
				promotion.days(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
					.startingBetween("10:00", "15:00");
			}
			if (i % 5 == 1) {
				promotion.tags("segment-" + (i % 10));
			}
			if (i % 6 == 2) {
				promotion.firstVisitOnly();
			}
			if (i % 7 == 3) {
				promotion.minimumVisits(2);
			}
			if (i % 3 == 0) {
				promotion.stackable();
			}
			if (i % 8 == 5) {
				promotion.limits(1_000_000, 100, null);
			}
			promotions.ensure(promotion.build());
		}
		for (int i = 0; i < 10; i++) {
			PromotionMother.Builder promotion = PromotionMother.code("bench-code-" + i, "BENCH" + (10 + i))
				.percent(String.valueOf(10 + i));
			if (i % 2 == 0) {
				promotion.limits(1_000_000, 50, (i == 4) ? "10000000.00" : null);
			}
			promotions.ensure(promotion.build());
		}
		Promotion probe = promotions.find("bench-code-0");
		System.out.printf("%nCreated 50 active promotions (e.g. %s)%n", probe.name());
	}

}
