package com.spautopia.localstack;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.events.Topics;
import com.spautopia.testsupport.bench.KafkaCeiling;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark harness, not a test: how long a client waits on an idle platform from sending
 * the booking form to the confirmation SMS accepted by the Twilio simulator, through the
 * whole chain (booking-service's write and outbox, AppointmentRequested,
 * promotion-service's pricing, PromotionEvaluated, the confirmation,
 * AppointmentConfirmed, notification-service's message). The platform runs as in the
 * system tests: every service from its jar in its own process. Bookings are made one at a
 * time, each after the last one's SMS and a pause, so nothing queues. Last, against the
 * same broker, the latency of one Kafka hop with Kafka's own {@code EndToEndLatency}
 * tool: the chain has three hops, so three of them are the least it could take. Where the
 * time goes is read from the topics: each event's record timestamp (set by its producer
 * when the service sends it) splits the wait into the chain's four stages (form to
 * AppointmentRequested sent, to PromotionEvaluated sent, to AppointmentConfirmed sent, to
 * the SMS accepted). Prints one {@code BENCH confirmation …} line.
 * <p>
 * {@code ./mvnw -B -pl local-stack -am -Pbenchmark verify -Dtest=ConfirmationLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.bookings}, default 40).
 */
@Tag("benchmark")
class ConfirmationLatencyBenchmark {

	private static final String TREATMENT = "Back Pain Massage for Desk Workers";

	private static final int WARM_UP = 5;

	private static final Duration PAUSE = Duration.ofMillis(500);

	@Test
	void bookingToConfirmationSmsOnAnIdlePlatform() throws IOException, InterruptedException {
		int bookings = Integer.getInteger("benchmark.bookings", 40);
		JsonHttp http = new JsonHttp();
		List<Long> latencies = new ArrayList<>();
		List<Long> answers = new ArrayList<>();
		Map<String, Instant> sentAt = new LinkedHashMap<>();
		Map<String, Instant> smsAt = new HashMap<>();
		try (TestPlatform platform = TestPlatform.start("confirmation-latency")) {
			String booking = platform.baseUrl(SpaService.BOOKING);
			String treatmentId = treatmentNamed(http, booking);
			int daysAhead = 3;
			for (int i = 0; i < WARM_UP + bookings; i++) {
				JsonNode slots = null;
				LocalDate day = null;
				while (slots == null || slots.isEmpty()) {
					day = SpaCalendar.seeded()
						.nextOpenDay(daysAhead, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
								DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
					slots = http.get(booking + "/api/availability?treatmentId=" + treatmentId + "&date=" + day)
						.path("slots");
					if (slots.isEmpty()) {
						daysAhead = (int) (day.toEpochDay() - SpaCalendar.seeded().today().toEpochDay()) + 1;
					}
				}
				String phone = String.format(Locale.ROOT, "+48601%06d", 700_000 + i);
				Instant sent = WallClock.now();
				long started = System.nanoTime();
				JsonNode made = http.post(booking + "/api/bookings",
						Map.of("Idempotency-Key", UUID.randomUUID().toString()),
						Map.of("treatmentId", treatmentId, "start", slots.get(0).path("start").asText(), "client",
								Map.of("name", "Bench Client", "phone", phone, "smsConsent", true, "marketingConsent",
										false)));
				long answered = System.nanoTime() - started;
				SimulatedSms sms = awaitSms(platform, phone);
				if (i >= WARM_UP) {
					sentAt.put(made.path("id").asText(), sent);
					smsAt.put(made.path("id").asText(), sms.acceptedAt());
					latencies.add(Duration.between(sent, sms.acceptedAt()).toMillis());
					answers.add(answered / 1_000_000);
				}
				Thread.sleep(PAUSE);
			}
			System.out.println("Booking form to confirmation SMS, ms, sorted: " + latencies.stream().sorted().toList());
			Stages stages = stages(platform, sentAt, smsAt);
			System.out.println("Stages (p50 ms): form to AppointmentRequested " + stages.requested()
					+ ", to PromotionEvaluated " + stages.evaluated() + ", to AppointmentConfirmed "
					+ stages.confirmed() + ", to SMS accepted " + stages.sms());
			KafkaCeiling.HopLatency hop = KafkaCeiling.hopLatency(SpaInfrastructure.shared().kafkaBootstrapServers(),
					500, 1500);
			latencies.sort(null);
			answers.sort(null);
			System.out.printf(Locale.ROOT,
					"BENCH confirmation bookings=%d p50_ms=%d p99_ms=%d max_ms=%d post_p50_ms=%d post_p99_ms=%d"
							+ " hop_p50_ms=%d hop_p99_ms=%d hop_avg_ms=%.2f hops=3 ceiling_p50_ms=%d ceiling_p99_ms=%d"
							+ " stage_requested_p50_ms=%d stage_evaluated_p50_ms=%d stage_confirmed_p50_ms=%d"
							+ " stage_sms_p50_ms=%d%n",
					latencies.size(), percentile(latencies, 50), percentile(latencies, 99),
					latencies.get(latencies.size() - 1), percentile(answers, 50), percentile(answers, 99),
					hop.p50Millis(), hop.p99Millis(), hop.averageMillis(),
					percentile(answers, 50) + 3 * hop.p50Millis(), percentile(answers, 99) + 3 * hop.p99Millis(),
					stages.requested(), stages.evaluated(), stages.confirmed(), stages.sms());
		}
	}

	/**
	 * The chain's stages, from the records' timestamps on the topics.
	 */
	private static Stages stages(TestPlatform platform, Map<String, Instant> sentAt, Map<String, Instant> smsAt) {
		ChaosReadings readings = new ChaosReadings(SpaInfrastructure.shared().kafkaBootstrapServers());
		Map<String, Instant> requested = new HashMap<>();
		Map<String, Instant> confirmed = new HashMap<>();
		Map<String, Instant> evaluated = new HashMap<>();
		for (String topic : List.of(Topics.BOOKING_EVENTS, Topics.PROMOTION_EVENTS)) {
			for (ConsumerRecord<byte[], byte[]> record : readings.readAll(platform.topicPrefix() + topic)) {
				String type = ChaosReadings.header(record, "ce_type");
				String subject = ChaosReadings.header(record, "ce_subject");
				Map<String, Instant> stage = (type == null) ? null : switch (ChaosReadings.simpleType(type)) {
					case "AppointmentRequested" -> requested;
					case "PromotionEvaluated" -> evaluated;
					case "AppointmentConfirmed" -> confirmed;
					default -> null;
				};
				if (stage != null && subject != null) {
					stage.putIfAbsent(subject, Instant.ofEpochMilli(record.timestamp()));
				}
			}
		}
		List<Long> toRequested = new ArrayList<>();
		List<Long> toEvaluated = new ArrayList<>();
		List<Long> toConfirmed = new ArrayList<>();
		List<Long> toSms = new ArrayList<>();
		sentAt.forEach((id, sent) -> {
			if (requested.containsKey(id) && evaluated.containsKey(id) && confirmed.containsKey(id)) {
				toRequested.add(Duration.between(sent, requested.get(id)).toMillis());
				toEvaluated.add(Duration.between(requested.get(id), evaluated.get(id)).toMillis());
				toConfirmed.add(Duration.between(evaluated.get(id), confirmed.get(id)).toMillis());
				toSms.add(Duration.between(confirmed.get(id), smsAt.get(id)).toMillis());
			}
		});
		if (toRequested.isEmpty()) {
			throw new IllegalStateException("No booking's events found on the topics");
		}
		List.of(toRequested, toEvaluated, toConfirmed, toSms).forEach((list) -> list.sort(null));
		return new Stages(percentile(toRequested, 50), percentile(toEvaluated, 50), percentile(toConfirmed, 50),
				percentile(toSms, 50));
	}

	private record Stages(long requested, long evaluated, long confirmed, long sms) {
	}

	private static SimulatedSms awaitSms(TestPlatform platform, String phone) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<SimulatedSms> received = platform.sms().messagesTo(phone);
			if (!received.isEmpty()) {
				return received.getFirst();
			}
			Thread.sleep(2);
		}
		throw new IllegalStateException("No confirmation SMS to " + phone + " within 60 s");
	}

	private static String treatmentNamed(JsonHttp http, String booking) {
		for (JsonNode treatment : http.get(booking + "/api/treatments")) {
			if (TREATMENT.equals(treatment.path("name").asText())) {
				return treatment.path("id").asText();
			}
		}
		throw new IllegalStateException("No treatment named " + TREATMENT);
	}

	private static long percentile(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
