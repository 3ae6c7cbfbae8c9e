package com.spautopia.booking.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.spautopia.booking.BookingServiceApplication;
import com.spautopia.booking.catalog.Room;
import com.spautopia.booking.catalog.RoomKind;
import com.spautopia.booking.catalog.RoomRepository;
import com.spautopia.booking.catalog.Specialization;
import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.TherapistRepository;
import com.spautopia.booking.catalog.WorkingHours;
import com.spautopia.testsupport.infra.SpaInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The booking-service a benchmark measures: started in this JVM, or one already running.
 * Either way it gets its own benchmark therapists (Monday to Saturday, 9:00-20:00, every
 * specialization), so that there are enough distinct slots.
 */
interface BenchmarkTarget extends AutoCloseable {

	URI baseUrl();

	/**
	 * Adds therapists for the benchmark.
	 * @param count how many
	 * @return their ids
	 */
	/** The treatment the benchmark books. */
	String BENCH_TREATMENT = "back-pain-desk-workers";

	/**
	 * Adds therapists for the benchmark, each with a single room of their own for the
	 * treatment booked.
	 * @param count how many
	 * @return the therapists' ids
	 * @throws Exception if they cannot be added
	 */
	List<String> seedTherapists(int count) throws Exception;

	String description();

	@Override
	void close();

	static List<WorkingHours> benchHours() {
		return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)
			.stream()
			.map((day) -> new WorkingHours(day, LocalTime.of(9, 0), LocalTime.of(20, 0), List.of()))
			.toList();
	}

	/**
	 * booking-service started in this JVM on the test infrastructure (embedded Kafka and
	 * MongoDB-compatible server unless Docker or KAFKA_BOOTSTRAP_SERVERS/MONGODB_URI say
	 * otherwise), with a database and topics of its own and the bare-insert endpoint on.
	 */
	static BenchmarkTarget inProcess() {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		String run = UUID.randomUUID().toString().substring(0, 8);
		// command-line arguments outrank application.yml
		ConfigurableApplicationContext service = new SpringApplicationBuilder(BookingServiceApplication.class).run(
				"--server.port=0", "--spa.benchmark.enabled=true", "--spa.security.rate-limits.enabled=false",
				"--logging.level.root=WARN", "--spring.mongodb.uri=" + infrastructure.mongoUri("benchmark-" + run),
				"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
				"--spa.kafka.topic-prefix=bench-" + run + ".", "--spa.booking.pricing-timeout=1h");
		int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return new BenchmarkTarget() {

			@Override
			public URI baseUrl() {
				return URI.create("http://localhost:" + port);
			}

			@Override
			public List<String> seedTherapists(int count) {
				TherapistRepository repository = service.getBean(TherapistRepository.class);
				RoomRepository rooms = service.getBean(RoomRepository.class);
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					String id = "bench-" + i;
					repository.save(new Therapist(id, "Bench Therapist " + i, EnumSet.allOf(Specialization.class),
							benchHours(), Set.of()));
					// a room for each therapist: a booking holds a room as well
					rooms.save(
							new Room("bench-room-" + i, "Bench Room " + i, RoomKind.SINGLE, List.of(BENCH_TREATMENT)));
					ids.add(id);
				}
				return ids;
			}

			@Override
			public String description() {
				return "booking-service in-process, " + infrastructure.mode() + " infrastructure";
			}

			@Override
			public void close() {
				service.close();
			}

		};
	}

	/**
	 * A booking-service already running, such as the local stack's. Its therapists are
	 * added through the staff API with ids of this run, so runs never compete for slots;
	 * the bookings stay in its database. The bare-insert ceiling is not measured: its
	 * endpoint is test code, absent from a service run from its jar. Adding therapists is
	 * for staff: a staff access token comes from the {@code BENCHMARK_STAFF_TOKEN}
	 * environment variable, and the service should run without rate limits
	 * ({@code SPA_SECURITY_RATE_LIMITS_ENABLED=false}).
	 */
	static BenchmarkTarget running(URI baseUrl) {
		String token = System.getenv("BENCHMARK_STAFF_TOKEN");
		if (token == null || token.isBlank()) {
			throw new IllegalStateException("Set BENCHMARK_STAFF_TOKEN to a staff access token (see the README: "
					+ "curl -u staff-demo:staff-demo-secret -d grant_type=client_credentials localhost:9000/oauth2/token)");
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String run = UUID.randomUUID().toString().substring(0, 8);
		return new BenchmarkTarget() {

			@Override
			public URI baseUrl() {
				return baseUrl;
			}

			@Override
			public List<String> seedTherapists(int count) throws Exception {
				String hours = benchHours().stream()
					.map((day) -> "{\"day\": \"%s\", \"start\": \"%s\", \"end\": \"%s\", \"breaks\": []}"
						.formatted(day.day(), day.start(), day.end()))
					.collect(Collectors.joining(", "));
				String specializations = EnumSet.allOf(Specialization.class)
					.stream()
					.map((specialization) -> "\"" + specialization + "\"")
					.collect(Collectors.joining(", "));
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					String id = "bench-" + run + "-" + i;
					String body = "{\"name\": \"Bench Therapist %d\", \"specializations\": [%s], \"daysOff\": [], \"weeklyHours\": [%s]}"
						.formatted(i, specializations, hours);
					HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/therapists/" + id))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.PUT(BodyPublishers.ofString(body))
						.build();
					int status = http.send(request, BodyHandlers.discarding()).statusCode();
					if (status != 200) {
						throw new IllegalStateException("Could not add therapist " + id + ": HTTP " + status);
					}
					// a room for each therapist: a booking holds a room as well
					HttpRequest room = HttpRequest.newBuilder(baseUrl.resolve("/api/rooms/bench-room-" + run + "-" + i))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.PUT(BodyPublishers
							.ofString("{\"name\": \"Bench Room %d\", \"kind\": \"SINGLE\", \"treatmentIds\": [\"%s\"]}"
								.formatted(i, BENCH_TREATMENT)))
						.build();
					status = http.send(room, BodyHandlers.discarding()).statusCode();
					if (status != 200) {
						throw new IllegalStateException(
								"Could not add a room for therapist " + id + ": HTTP " + status);
					}
					ids.add(id);
				}
				return ids;
			}

			@Override
			public String description() {
				return "booking-service at " + baseUrl;
			}

			@Override
			public void close() {
				http.close();
			}

		};
	}

}
