package com.spautopia.notification.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import com.spautopia.events.EventCodec;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationServiceApplication;
import com.spautopia.testsupport.bench.HeapUse;
import com.spautopia.testsupport.bench.KafkaCeiling;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures SMS throughput end to end: {@code AppointmentConfirmed} events published to
 * Kafka as fast as possible, each turned into a confirmation SMS by the service and
 * accepted by the Twilio simulator, which answers every request after 200 ms. Prints SMS
 * per second (first event published to last SMS accepted) and the p50/p99 latency from
 * publishing an event to its SMS being accepted.
 * <p>
 * A runnable main, not a test: {@code SmsThroughputBenchmark [events] [sms-per-second]
 * [concurrency] [paced-events-per-second] [paced-seconds]}, by default 3000 events
 * published at once (throughput), a cap of 1000 SMS/s, 128 sends in flight, then events
 * published at 200/s for 60 s (latency below saturation; a pace of 0 skips it). Last, it
 * measures the ceiling against the same broker (Kafka's own perf tools, records of an
 * AppointmentConfirmed's size) and prints one {@code BENCH sms …} line.
 */
public final class SmsThroughputBenchmark {

	private static final String ACCOUNT_SID = "AC" + "be7c4b3e7c4b3e7c".repeat(2);

	private static final String AUTH_TOKEN = "benchmark-token";

	private static final int WARM_UP = 1000;

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private SmsThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 3000;
		int rate = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		int concurrency = (args.length > 2) ? Integer.parseInt(args[2]) : 128;
		int pace = (args.length > 3) ? Integer.parseInt(args[3]) : 200;
		int pacedSeconds = (args.length > 4) ? Integer.parseInt(args[4]) : 60;
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);
		twilio.respondWithLatency(Duration.ofMillis(200));
		twilio.statusCallbackDelay(Duration.ofHours(1));
		SmtpServer smtp = SmtpServer.start();
		String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String prefix = "bench" + id + ".";
		ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationServiceApplication.class).run(
				"--server.port=0", "--spring.mongodb.uri=" + infrastructure.mongoUri("bench-" + id),
				"--spa.kafka.topic-prefix=" + prefix,
				"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
				"--spa.twilio.account-sid=" + ACCOUNT_SID, "--spa.twilio.auth-token=" + AUTH_TOKEN,
				"--spa.twilio.from-number=+15005550006", "--spa.twilio.api-url=" + twilio.baseUrl(),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
				"--spa.notification.dispatch.sms-per-second=" + rate,
				"--spa.notification.dispatch.concurrency=" + concurrency, "--logging.level.com.spautopia=WARN",
				"--logging.level.org.apache.kafka=WARN", "--logging.level.com.icegreen=WARN");
		try (Publisher publisher = new Publisher(infrastructure.kafkaBootstrapServers(), prefix)) {
			System.out.printf("Infrastructure: %s; simulator latency 200 ms; cap %d SMS/s; %d sends in flight%n",
					infrastructure.mode(), rate, concurrency);
			run(publisher, twilio, WARM_UP, 0, "warm-up");
			twilio.clear();
			HeapUse.resetPeak();
			Run burst = run(publisher, twilio, events, 0, "burst");
			Run paced = null;
			if (pace > 0) {
				twilio.clear();
				paced = run(publisher, twilio, pace * pacedSeconds, pace,
						"paced at " + pace + " events/s for " + pacedSeconds + " s");
			}
			long peakHeap = HeapUse.peakMegabytes();
			long liveHeap = HeapUse.liveMegabytes();
			KafkaCeiling.Result ceiling = KafkaCeiling.measure(infrastructure.kafkaBootstrapServers(), 30_000,
					publisher.lastRecordSize());
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
					"BENCH sms events=%d sms_per_s=%.1f p50_ms=%d p99_ms=%d cpu_ms_per_sms=%.2f", burst.count(),
					burst.perSecond(), burst.p50Millis(), burst.p99Millis(), burst.cpuMillisPerSms()));
			if (paced != null) {
				line.append(String.format(Locale.ROOT,
						" paced_rate=%d paced_s=%d paced_sms=%d paced_p50_ms=%d paced_p99_ms=%d paced_cpu_ms_per_sms=%.2f",
						pace, pacedSeconds, paced.accepted(), paced.p50Millis(), paced.p99Millis(),
						paced.cpuMillisPerSms()));
			}
			line.append(String.format(Locale.ROOT, " peak_heap_mb=%d live_heap_mb=%d %s ratio=%.3f cpu_ratio=%.1f",
					peakHeap, liveHeap, ceiling.benchKeys(), burst.perSecond() / ceiling.perSecond(),
					burst.cpuMillisPerSms() / ceiling.cpuMillisPerRecord()));
			System.out.println(line);
		}
		finally {
			service.close();
			twilio.close();
			smtp.close();
		}
		System.exit(0);
	}

	private static Run run(Publisher publisher, TwilioSimulator twilio, int count, int pace, String label)
			throws InterruptedException {
		EventCodec bookingService = new EventCodec(URI.create("/spa-utopia/booking-service"));
		List<KafkaEventMessage> messages = new ArrayList<>();
		Map<String, Instant> published = new ConcurrentHashMap<>();
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			AppointmentConfirmed event = AppointmentConfirmedMother.confirmed(AppointmentConfirmedMother.uniquePhone(),
					null, true);
			messages.add(bookingService.encode(event));
			phones.add(event.client().phone());
		}
		long cpuBefore = processCpuNanos();
		Instant start = WallClock.now();
		long started = System.nanoTime();
		for (int i = 0; i < count; i++) {
			if (pace > 0) {
				LockSupport.parkNanos(started + i * 1_000_000_000L / pace - System.nanoTime());
			}
			published.put(phones.get(i), WallClock.now());
			publisher.publish(messages.get(i));
		}
		publisher.flush();
		Instant deadline = WallClock.now().plus(Duration.ofMinutes(10));
		while (twilio.messages().size() < count && WallClock.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		long cpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
		Run run = report(label, count, start, published, twilio.messages(), (double) cpuMillis / count);
		System.out.printf(
				"%s: process CPU %d ms = %.2f ms per SMS for the whole stack in this JVM (broker, database, "
						+ "simulator, publisher, service); %d cores at 100%% would allow about %.0f SMS/s%n",
				label, cpuMillis, (double) cpuMillis / count, CORES, CORES * 1000.0 * count / Math.max(1, cpuMillis));
		return run;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static Run report(String label, int count, Instant start, Map<String, Instant> published,
			List<SimulatedSms> accepted, double cpuMillisPerSms) {
		List<Long> latencies = accepted.stream()
			.filter((sms) -> published.containsKey(sms.to()))
			.map((sms) -> Duration.between(published.get(sms.to()), sms.acceptedAt()).toMillis())
			.sorted()
			.toList();
		Instant last = accepted.stream().map(SimulatedSms::acceptedAt).max(Comparator.naturalOrder()).orElse(start);
		double seconds = Duration.between(start, last).toMillis() / 1000.0;
		System.out.printf(
				"%s: %d events -> %d SMS accepted in %.2f s = %.1f SMS/s end to end; latency p50 %d ms, "
						+ "p99 %d ms, max %d ms%n",
				label, count, latencies.size(), seconds, latencies.size() / seconds, percentile(latencies, 50),
				percentile(latencies, 99), percentile(latencies, 100));
		return new Run(count, latencies.size(), latencies.size() / seconds, percentile(latencies, 50),
				percentile(latencies, 99), cpuMillisPerSms);
	}

	/**
	 * The figures of one run.
	 *
	 * @param count events published
	 * @param accepted SMS the simulator accepted
	 * @param perSecond SMS/s from the first event to the last SMS
	 * @param p50Millis event published to SMS accepted, p50
	 * @param p99Millis the same, p99
	 * @param cpuMillisPerSms this JVM's CPU per SMS (the whole stack)
	 */
	private record Run(int count, int accepted, double perSecond, long p50Millis, long p99Millis,
			double cpuMillisPerSms) {
	}

	private static long percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
