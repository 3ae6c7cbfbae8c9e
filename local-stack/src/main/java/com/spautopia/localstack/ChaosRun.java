package com.spautopia.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.events.Topics;
import com.spautopia.localstack.ChaosHttp.Answer;
import com.spautopia.localstack.chaos.ChaosReport;
import com.spautopia.localstack.chaos.Observed;
import com.spautopia.localstack.chaos.PromiseChecks;
import com.spautopia.testsupport.infra.KafkaTestClients;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chaos harness (issue 18): starts the platform with two instances of every service,
 * drives clients through the public APIs, injects faults one after another (each logged
 * with its time), lets the platform settle and checks its promises from the outside.
 * <p>
 * {@code ./mvnw -pl local-stack -am -DskipTests package exec:java
 * -Dexec.mainClass=com.spautopia.localstack.ChaosRun -Dexec.args="full"} (or
 * {@code short}); ports move with {@code SPA_LOCAL_PORT_OFFSET} (default 40000). The last
 * line is {@code CHAOS lost=0 ...}; the exit code is 1 when a promise failed.
 */
public final class ChaosRun {

	private static final Logger log = LoggerFactory.getLogger(ChaosRun.class);

	static final String DEFAULT_OFFSET = "40000";

	private final ChaosSettings settings;

	private final ChaosPlatform platform;

	private final ChaosHttp http = new ChaosHttp();

	private final Map<String, Long> recovery = new LinkedHashMap<>();

	private final Set<String> poisonKeys = new LinkedHashSet<>();

	private ChaosRun(ChaosSettings settings, ChaosPlatform platform) {
		this.settings = settings;
		this.platform = platform;
	}

	public static void main(String[] args) {
		ChaosSettings settings = (args.length > 0 && args[0].equals("short")) ? ChaosSettings.SHORT
				: ChaosSettings.FULL;
		Path root = RepositoryRoot.fromWorkingDirectory();
		ChaosReport report = run(settings, root, ports(System.getenv()));
		System.exit(report.passed() ? 0 : 1);
	}

	/**
	 * The chaos run's ports: the local run's, moved by {@code SPA_LOCAL_PORT_OFFSET}
	 * (40000 unless set), except the MongoDB-compatible server's, which the offset would
	 * push past 65535: it listens at the offset plus 7017 unless
	 * {@code SPA_LOCAL_MONGO_PORT} says otherwise.
	 * @param variables the environment
	 * @return the ports
	 */
	static LocalPorts ports(Map<String, String> variables) {
		Map<String, String> environment = new HashMap<>(variables);
		environment.putIfAbsent(LocalPorts.OFFSET_VARIABLE, DEFAULT_OFFSET);
		int offset = Integer.parseInt(environment.get(LocalPorts.OFFSET_VARIABLE).strip());
		environment.putIfAbsent("SPA_LOCAL_MONGO_PORT", String.valueOf(offset + 7017));
		return LocalPorts.fromEnvironment(environment);
	}

	/**
	 * Runs the whole harness and prints its table and summary line.
	 * @param settings how much traffic and how long each fault lasts
	 * @param root the repository root
	 * @param ports where the platform listens
	 * @return the verdict
	 */
	static ChaosReport run(ChaosSettings settings, Path root, LocalPorts ports) {
		Path data = root.resolve("local-stack")
			.resolve("target")
			.resolve("chaos")
			.resolve(settings.name() + "-" + System.currentTimeMillis());
		PortCheck.ensureFree(ports.required());
		log.info("Chaos run '{}': {} clients, data and logs in {}", settings.name(), settings.clients(), data);
		try (ChaosPlatform platform = ChaosPlatform.start(root, data, ports, 2)) {
			ChaosReport report = new ChaosRun(settings, platform).drive();
			String counts = report.failures().isEmpty() ? "all promises held"
					: String.join(System.lineSeparator(), report.failures());
			log.info("Chaos run '{}' finished:{}{}{}{}", settings.name(), System.lineSeparator(), report.table(),
					System.lineSeparator(), counts);
			System.out.println(report.table());
			System.out.println(report.summaryLine());
			return report;
		}
	}

	private ChaosReport drive() {
		String booking = this.platform.baseUrl(SpaService.BOOKING, 0);
		String promotion = this.platform.baseUrl(SpaService.PROMOTION, 0);
		String marketing = this.http.clientToken(this.platform.issuerUri(), "marketing-demo", "marketing-demo-secret");
		SpaCalendar calendar = SpaCalendar.seeded();
		List<LocalDate> days = days(calendar);
		List<String> treatments = treatments(booking);
		String code = "CHAOS" + (System.currentTimeMillis() % 100000);
		String limited = limitedPromotion(promotion, marketing, calendar, code);
		launchCampaign(promotion, marketing, calendar);
		int phoneBase = 600_000_000 + (int) (System.currentTimeMillis() % 90_000) * 100;
		ChaosTraffic traffic = new ChaosTraffic(this.platform, days, treatments, code, phoneBase);
		List<Thread> clients = traffic.start(this.settings.clients(), this.settings.arrivals());
		injectFaults();
		for (Thread client : clients) {
			joinQuietly(client);
		}
		log.info("Traffic over: {}", new TreeMap<>(traffic.counts));
		settle();
		// tokens live minutes: fresh ones for the checks
		String reader = this.http.clientToken(this.platform.issuerUri(), "marketing-demo", "marketing-demo-secret");
		return check(traffic, booking, promotion, reader, limited);
	}

	private void injectFaults() {
		ChaosSettings s = this.settings;
		pause(s.calm());
		fault("kill -9 Kafka broker, down " + s.kafkaDown().toSeconds() + " s", () -> {
			this.platform.killKafka();
			pause(s.kafkaDown());
			this.platform.startKafka();
		});
		for (SpaService service : s.killed()) {
			fault("kill -9 " + ChaosPlatform.instanceName(service, 0),
					() -> this.platform.killAndRestart(service, 0).awaitHealthy(ChaosPlatform.START_TIMEOUT));
		}
		fault("MongoDB-compatible server stopped " + s.mongoDown().toSeconds() + " s", () -> {
			this.platform.stopMongo();
			pause(s.mongoDown());
			this.platform.startMongo();
		});
		fault("Twilio 20 % 5xx for " + s.twilioTrouble().toSeconds() + " s", () -> {
			this.platform.sms().failShareOfRequests(20, 503);
			pause(s.twilioTrouble());
			this.platform.sms().resetFaults();
		});
		fault("Twilio 429 storm with Retry-After 5 for " + s.storm().toSeconds() + " s", () -> {
			this.platform.sms().tooManyRequests(5);
			pause(s.storm());
			this.platform.sms().resetFaults();
		});
		fault("Twilio answers after 10 s for " + s.storm().toSeconds() + " s", () -> {
			this.platform.sms().respondWithLatency(Duration.ofSeconds(10));
			pause(s.storm());
			this.platform.sms().resetFaults();
		});
		fault("Twilio status callbacks out of order and twice for " + s.twilioTrouble().toSeconds() + " s", () -> {
			this.platform.sms().disorderStatusCallbacks();
			pause(s.twilioTrouble());
			this.platform.sms().resetFaults();
		});
		fault("a poison message on each event topic", this::poison);
	}

	private void fault(String name, Runnable injection) {
		log.warn("FAULT begins at {}: {}", Instant.now(), name);
		injection.run();
		Instant ended = Instant.now();
		log.warn("FAULT ends at {}: {}", ended, name);
		long seconds = recoverySeconds(ended, this.settings.recoveryTimeout());
		this.recovery.put(name, seconds);
		log.warn("RECOVERED after {} s (all instances UP, consumer lag 0): {}", seconds, name);
		pause(this.settings.calm());
	}

	private long recoverySeconds(Instant since, Duration timeout) {
		ChaosReadings readings = new ChaosReadings(this.platform.kafkaBootstrapServers());
		long deadline = System.nanoTime() + timeout.toNanos();
		int checks = 0;
		while (System.nanoTime() < deadline) {
			Map<String, Long> lag = readings.lag();
			boolean healthy = this.platform.allHealthy();
			if (!lag.isEmpty() && lag.values().stream().allMatch((value) -> value == 0) && healthy) {
				return Duration.between(since, Instant.now()).toSeconds();
			}
			if (++checks % 10 == 0) {
				// what keeps it from recovering: a group's lag, or an instance not UP
				log.info("Not recovered yet: all instances UP {}, lag by group {}", healthy, lag);
			}
			pause(Duration.ofSeconds(1));
		}
		return -1;
	}

	private void poison() {
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients
			.producer(this.platform.kafkaBootstrapServers())) {
			for (String topic : List.of(Topics.BOOKING_EVENTS, Topics.PROMOTION_EVENTS, Topics.NOTIFICATION_EVENTS)) {
				String key = "chaos-poison-" + topic;
				this.poisonKeys.add(key);
				producer
					.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
							"{not a cloud event".getBytes(StandardCharsets.UTF_8)))
					.get(30, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Sending the poison messages failed", ex);
		}
	}

	private void settle() {
		ChaosReadings readings = new ChaosReadings(this.platform.kafkaBootstrapServers());
		long deadline = System.nanoTime() + this.settings.settleTimeout().toNanos();
		int lastSms = -1;
		int quiet = 0;
		while (System.nanoTime() < deadline && quiet < 4) {
			Map<String, Long> lag = readings.lag();
			int sms = this.platform.sms().messages().size();
			boolean lagZero = !lag.isEmpty() && lag.values().stream().allMatch((value) -> value == 0);
			quiet = (lagZero && sms == lastSms) ? quiet + 1 : 0;
			lastSms = sms;
			pause(Duration.ofSeconds(5));
		}
		log.info("Settled (consumer lag 0 and no new SMS for 20 s): {}", quiet >= 4);
	}

	private ChaosReport check(ChaosTraffic traffic, String booking, String promotion, String marketing,
			String limited) {
		ChaosReadings readings = new ChaosReadings(this.platform.kafkaBootstrapServers());
		List<Observed.BookingEvent> events = readings.bookingEvents(Topics.BOOKING_EVENTS);
		List<Observed.Booking> bookings = ChaosReadings.bookings(this.http, booking, traffic.manageTokens);
		List<Observed.Sms> sms = new ArrayList<>();
		for (SimulatedSms message : this.platform.sms().messages()) {
			sms.add(new Observed.Sms(message.to(), message.body(), message.acceptedAt()));
		}
		List<Observed.DeadLetter> deadLetters = readings.deadLetters();
		JsonNode figures = this.http
			.get(promotion + "/api/promotions/" + limited + "/figures", ChaosHttp.bearer(marketing))
			.body();
		log.info("Read: {} booking events, {} bookings, {} SMS, {} dead letters, figures {}", events.size(),
				bookings.size(), sms.size(), deadLetters.size(), figures);
		return new ChaosReport(PromiseChecks.lost(traffic.accepted, events),
				PromiseChecks.duplicated(events, traffic.bookingsByRequest), PromiseChecks.overlaps(bookings),
				PromiseChecks.smsDuplicates(sms),
				PromiseChecks.stale(sms, traffic.cancelledAt,
						(body) -> body.contains("cancelled") || body.contains("odwołan") || body.contains("anulowan")),
				PromiseChecks.overRedemptions(limited, this.settings.promotionLimit(), bookings,
						figures.path("redemptions").asInt()),
				PromiseChecks.gaps(events, bookings, traffic.moved), PromiseChecks.outOfOrder(events),
				this.poisonKeys.size(), PromiseChecks.poisonFound(this.poisonKeys, deadLetters),
				PromiseChecks.otherDeadLetters(this.poisonKeys, deadLetters), this.recovery);
	}

	private List<LocalDate> days(SpaCalendar calendar) {
		List<LocalDate> days = new ArrayList<>();
		int ahead = 2;
		while (days.size() < this.settings.days()) {
			LocalDate day = calendar.nextOpenDay(ahead);
			days.add(day);
			ahead = (int) (day.toEpochDay() - calendar.today().toEpochDay()) + 1;
		}
		return days;
	}

	private List<String> treatments(String booking) {
		List<String> ids = new ArrayList<>();
		for (JsonNode treatment : this.http.get(booking + "/api/treatments", Map.of()).body()) {
			String kind = treatment.path("roomKind").asText("");
			String id = treatment.path("id").asText();
			if (!kind.equals("DOUBLE") && !kind.equals("KIDS") && !id.contains("kids") && !id.contains("couple")) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("booking-service lists no treatment for one person");
		}
		return ids;
	}

	private String limitedPromotion(String promotion, String marketing, SpaCalendar calendar, String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Chaos limited " + code);
		body.put("kind", "CODE");
		body.put("code", code);
		body.put("discount", Map.of("type", "PERCENT", "percent", 10));
		body.put("validFrom", validFrom(calendar));
		body.put("validUntil", validUntil(calendar));
		body.put("limits", Map.of("totalRedemptions", this.settings.promotionLimit()));
		Answer created = this.http.post(promotion + "/api/promotions", ChaosHttp.bearer(marketing), body);
		if (!created.is(201) && !created.is(200)) {
			throw new IllegalStateException("Creating the limited promotion failed: " + created);
		}
		String id = created.body().path("id").asText();
		Answer activated = this.http.post(promotion + "/api/promotions/" + id + "/activate",
				ChaosHttp.bearer(marketing), Map.of());
		log.info("Limited promotion {} (code {}, {} redemptions): activation answered {}", id, code,
				this.settings.promotionLimit(), activated.status());
		return id;
	}

	private void launchCampaign(String promotion, String marketing, SpaCalendar calendar) {
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("name", "Chaos offer");
		offer.put("kind", "CODE");
		offer.put("uniqueCodes", true);
		offer.put("discount", Map.of("type", "PERCENT", "percent", 15));
		offer.put("validFrom", validFrom(calendar));
		offer.put("validUntil", validUntil(calendar));
		Answer created = this.http.post(promotion + "/api/promotions", ChaosHttp.bearer(marketing), offer);
		String id = created.body().path("id").asText();
		this.http.post(promotion + "/api/promotions/" + id + "/activate", ChaosHttp.bearer(marketing), Map.of());
		Answer campaign = this.http.post(promotion + "/api/campaigns", ChaosHttp.bearer(marketing),
				Map.of("name", "Chaos campaign", "promotionId", id, "channels", List.of("SMS", "EMAIL"), "audience",
						Map.of(), "message", "A massage on us: 15 % off"));
		Answer launched = this.http.post(
				promotion + "/api/campaigns/" + campaign.body().path("id").asText() + "/launch",
				ChaosHttp.bearer(marketing), Map.of());
		log.info("Campaign: created {}, launched {}", campaign.status(), launched.status());
	}

	private static String validFrom(SpaCalendar calendar) {
		return calendar.today().minusDays(1).atStartOfDay(calendar.zone()).toInstant().toString();
	}

	private static String validUntil(SpaCalendar calendar) {
		return calendar.today().plusDays(120).atStartOfDay(calendar.zone()).toInstant().toString();
	}

	private static void joinQuietly(Thread thread) {
		try {
			thread.join(Duration.ofMinutes(15));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause(Duration duration) {
		ChaosTraffic.sleep(duration.toMillis());
	}

}
