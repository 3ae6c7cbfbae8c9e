package com.spautopia.booking.benchmark;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.spautopia.booking.benchmark.LoadRun.Result;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.time.WallClock;

/**
 * Measures how fast booking-service takes bookings: distinct free slots booked by 16 and
 * 64 concurrent clients over HTTP, against the same figures for an endpoint that only
 * inserts one document (the local ceiling of HTTP + JSON + MongoDB). By default starts
 * the service in this JVM on the test infrastructure; with {@code --base-url=URL} (or the
 * system property {@code benchmark.base-url}) it measures a service already running there
 * instead. Either way it adds 40 therapists, so there are enough distinct slots. Prints a
 * table; asserts nothing. Run it with the command in the README.
 */
public final class BookingBenchmark {

	private static final ZoneId SPA_ZONE = ZoneId.of("Europe/Warsaw");

	private static final String BASE_URL = "--base-url=";

	private BookingBenchmark() {
	}

	/**
	 * Runs the benchmark.
	 * @param args optionally {@code --base-url=http://localhost:8081} to measure a
	 * running service, and the number of requests per measured run (default 3000)
	 */
	public static void main(String[] args) {
		int status = 1;
		try {
			String baseUrl = System.getProperty("benchmark.base-url");
			int requests = 3000;
			for (String arg : args) {
				if (arg.startsWith(BASE_URL)) {
					baseUrl = arg.substring(BASE_URL.length());
				}
				else {
					requests = Integer.parseInt(arg);
				}
			}
			try (BenchmarkTarget target = (baseUrl != null && !baseUrl.isBlank())
					? BenchmarkTarget.running(URI.create(baseUrl)) : BenchmarkTarget.inProcess()) {
				run(target, requests);
			}
			status = 0;
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
		// the embedded infrastructure's threads would keep the JVM alive
		System.exit(status);
	}

	private static void run(BenchmarkTarget target, int requests) throws Exception {
		List<String> bookings = bookingBodies(target.seedTherapists(40));
		URI book = target.baseUrl().resolve("/api/bookings");
		URI bare = target.baseUrl().resolve("/internal/benchmark/documents");
		LoadRun load = new LoadRun();
		boolean ceiling = load.run("probe", bare, bareBodies(1), 1).created() == 1;
		List<Result> results = new ArrayList<>();
		load.run("warm-up", book, take(bookings, 600), 16);
		if (ceiling) {
			load.run("warm-up", bare, bareBodies(600), 16);
		}
		results.add(load.run("book distinct slots", book, take(bookings, requests), 16));
		results.add(load.run("book distinct slots", book, take(bookings, requests), 64));
		if (ceiling) {
			results.add(load.run("bare insert (ceiling)", bare, bareBodies(requests), 16));
			results.add(load.run("bare insert (ceiling)", bare, bareBodies(requests), 64));
		}
		print(target, results, ceiling);
	}

	/**
	 * One booking per therapist and hour (a 50-minute massage and its 10-minute buffer
	 * fill the hour), from tomorrow to the end of the booking horizon, in random order.
	 */
	private static List<String> bookingBodies(List<String> therapists) {
		List<String> bodies = new ArrayList<>();
		LocalDate today = SpaCalendar.seeded().today();
		int phone = 0;
		for (LocalDate date = today.plusDays(1); date.isBefore(today.plusDays(59)); date = date.plusDays(1)) {
			if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (String therapist : therapists) {
				for (int hour = 9; hour <= 18; hour++) {
					ZonedDateTime start = ZonedDateTime.of(date, LocalTime.of(hour, 0), SPA_ZONE);
					bodies.add("""
							{"treatmentId": "%s", "therapistId": "%s", "start": "%s",
							 "client": {"name": "Bench Client", "phone": "+4860%07d", "email": "bench@example.com",
							            "smsConsent": true, "marketingConsent": false}}
							""".formatted(BenchmarkTarget.BENCH_TREATMENT, therapist, start.toOffsetDateTime(),
							1_000_000 + (phone++ % 8_000_000)));
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
			bodies.add("{\"kind\": \"benchmark\", \"n\": " + i + ", \"at\": \"" + WallClock.now() + "\"}");
		}
		return bodies;
	}

	/**
	 * The machine-readable summary of the 64-client runs: throughput, latency, CPU and
	 * heap of the bookings, and their ratios to the bare insert's of the same run.
	 */
	static String benchLine(List<Result> results) {
		Result book = results.stream()
			.filter((r) -> r.clients() == 64 && r.name().startsWith("book"))
			.findFirst()
			.orElseThrow();
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
				"BENCH booking clients=64 bookings_per_s=%.1f p50_ms=%.1f p99_ms=%.1f cpu_ms_per_booking=%.2f"
						+ " peak_heap_mb=%d live_heap_mb=%d created=%d/%d",
				book.perSecond(), book.p50Millis(), book.p99Millis(), book.cpuMillisPerRequest(),
				book.peakHeapMegabytes(), book.liveHeapMegabytes(), book.created(), book.requests()));
		results.stream()
			.filter((r) -> r.clients() == 64 && r.name().startsWith("bare"))
			.findFirst()
			.ifPresent((bare) -> line.append(String.format(Locale.ROOT,
					" ceiling_per_s=%.1f ceiling_p99_ms=%.1f ratio=%.2f p99_ratio=%.2f", bare.perSecond(),
					bare.p99Millis(), book.perSecond() / bare.perSecond(), book.p99Millis() / bare.p99Millis())));
		return line.toString();
	}

	private static void print(BenchmarkTarget target, List<Result> results, boolean ceiling) {
		StringBuilder report = new StringBuilder();
		report.append(String.format("%nBooking benchmark: %s, %d cores here%n", target.description(),
				Runtime.getRuntime().availableProcessors()));
		report.append(Result.header()).append('\n');
		results.forEach((result) -> report.append(result.row()).append('\n'));
		if (!ceiling) {
			report.append("(no bare-insert ceiling: start the service with spa.benchmark.enabled=true for it)\n");
		}
		report.append(benchLine(results)).append('\n');
		System.out.print(report);
	}

}
