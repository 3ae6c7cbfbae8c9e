package com.spautopia.booking.benchmark;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.spautopia.booking.BookingServiceApplication;
import com.spautopia.booking.catalog.Specialization;
import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.TherapistRepository;
import com.spautopia.booking.catalog.WorkingHours;
import com.spautopia.booking.benchmark.LoadRun.Result;
import com.spautopia.testsupport.infra.SpaInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures how fast booking-service takes bookings: distinct free slots booked by 16 and
 * 64 concurrent clients over HTTP, against the same figures for an endpoint that only
 * inserts one document (the local ceiling of HTTP + JSON + MongoDB). Starts the service
 * in this JVM on the test infrastructure (embedded Kafka and MongoDB-compatible server
 * unless Docker or KAFKA_BOOTSTRAP_SERVERS/MONGODB_URI say otherwise) with 40 extra
 * therapists, so there are enough distinct slots. Prints a table; asserts nothing. Run it
 * with the command in the README.
 */
public final class BookingBenchmark {

	private static final ZoneId SPA_ZONE = ZoneId.of("Europe/Warsaw");

	private BookingBenchmark() {
	}

	/**
	 * Runs the benchmark.
	 * @param args optionally the number of requests per measured run (default 3000)
	 */
	public static void main(String[] args) {
		int status = 1;
		try {
			run((args.length > 0) ? Integer.parseInt(args[0]) : 3000);
			status = 0;
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
		// the embedded infrastructure's threads would keep the JVM alive
		System.exit(status);
	}

	private static void run(int requests) throws Exception {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		String run = UUID.randomUUID().toString().substring(0, 8);
		// command-line arguments outrank application.yml
		ConfigurableApplicationContext service = new SpringApplicationBuilder(BookingServiceApplication.class).run(
				"--server.port=0", "--spa.benchmark.enabled=true", "--spa.security.rate-limits.enabled=false",
				"--logging.level.root=WARN", "--spring.mongodb.uri=" + infrastructure.mongoUri("benchmark-" + run),
				"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
				"--spa.kafka.topic-prefix=bench-" + run + ".", "--spa.booking.pricing-timeout=1h");
		try {
			int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			List<String> therapists = seedTherapists(service.getBean(TherapistRepository.class), 40);
			List<String> bookings = bookingBodies(therapists);
			URI book = URI.create("http://localhost:" + port + "/api/bookings");
			URI bare = URI.create("http://localhost:" + port + "/internal/benchmark/documents");
			LoadRun load = new LoadRun();
			List<Result> results = new ArrayList<>();
			load.run("warm-up", book, take(bookings, 600), 16);
			load.run("warm-up", bare, bareBodies(600), 16);
			results.add(load.run("book distinct slots", book, take(bookings, requests), 16));
			results.add(load.run("book distinct slots", book, take(bookings, requests), 64));
			results.add(load.run("bare insert (ceiling)", bare, bareBodies(requests), 16));
			results.add(load.run("bare insert (ceiling)", bare, bareBodies(requests), 64));
			print(infrastructure, results);
		}
		finally {
			service.close();
		}
	}

	private static List<String> seedTherapists(TherapistRepository repository, int count) {
		List<WorkingHours> hours = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)
			.stream()
			.map((day) -> new WorkingHours(day, LocalTime.of(9, 0), LocalTime.of(20, 0), List.of()))
			.toList();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = "bench-" + i;
			repository
				.save(new Therapist(id, "Bench Therapist " + i, EnumSet.allOf(Specialization.class), hours, Set.of()));
			ids.add(id);
		}
		return ids;
	}

	/**
	 * One booking per therapist and hour (a 50-minute massage and its 10-minute buffer
	 * fill the hour), from tomorrow to the end of the booking horizon, in random order.
	 */
	private static List<String> bookingBodies(List<String> therapists) {
		List<String> bodies = new ArrayList<>();
		LocalDate today = LocalDate.now(SPA_ZONE);
		int phone = 0;
		for (LocalDate date = today.plusDays(1); date.isBefore(today.plusDays(59)); date = date.plusDays(1)) {
			if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (String therapist : therapists) {
				for (int hour = 9; hour <= 18; hour++) {
					ZonedDateTime start = ZonedDateTime.of(date, LocalTime.of(hour, 0), SPA_ZONE);
					bodies.add("""
							{"treatmentId": "back-pain-desk-workers", "therapistId": "%s", "start": "%s",
							 "client": {"name": "Bench Client", "phone": "+4860%07d", "email": "bench@example.com",
							            "smsConsent": true, "marketingConsent": false}}
							""".formatted(therapist, start.toOffsetDateTime(), 1_000_000 + (phone++ % 8_000_000)));
				}
			}
		}
		Collections.shuffle(bodies, new Random(42));
		return bodies;
	}

	private static List<String> take(List<String> bodies, int count) {
		if (bodies.size() < count) {
			throw new IllegalStateException("Only " + bodies.size() + " distinct slots left; ask for fewer requests");
		}
		List<String> taken = new ArrayList<>(bodies.subList(0, count));
		bodies.subList(0, count).clear();
		return taken;
	}

	private static List<String> bareBodies(int count) {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			bodies.add("{\"kind\": \"benchmark\", \"n\": " + i + ", \"at\": \"" + Instant.now() + "\"}");
		}
		return bodies;
	}

	private static void print(SpaInfrastructure infrastructure, List<Result> results) {
		StringBuilder report = new StringBuilder();
		report.append(String.format("%nBooking benchmark: booking-service in-process, %s infrastructure, %d cores%n",
				infrastructure.mode(), Runtime.getRuntime().availableProcessors()));
		report.append(Result.header()).append('\n');
		results.forEach((result) -> report.append(result.row()).append('\n'));
		System.out.print(report);
	}

}
