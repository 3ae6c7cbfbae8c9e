package com.spautopia.localstack;

import com.spautopia.testsupport.process.ChildProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services, each from its fat jar in its own process, on the shared test
 * infrastructure (Kafka, MongoDB), the SMS simulator and an SMTP server: a client books
 * and receives the confirmation by SMS and by email; staff and operators read the booking
 * and its messages with tokens from the real token issuer; no log holds the client's
 * phone number or email. One W3C trace spans the booking request, the Kafka hops through
 * promotion-service and back, and the Twilio request of the SMS, and every service's log
 * of the flow names it.
 */
class WalkingSkeletonSystemTest {

	private static final String TREATMENT = "Back Pain Massage for Desk Workers";

	private static final String ADA_PHONE = "+48 601 234 567";

	private static final String ADA_E164 = "+48601234567";

	private static final String ADA_EMAIL = "ada@example.com";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final Map<SpaService, ServiceProcess> services = new EnumMap<>(SpaService.class);

	@RegisterExtension
	static final ServiceLogsOnFailure serviceLogs = new ServiceLogsOnFailure(WalkingSkeletonSystemTest::running);

	private static @Nullable ServiceProcess issuer;

	private static @Nullable TwilioSimulator sms;

	private static @Nullable SmtpServer smtp;

	private final JsonHttp http = new JsonHttp();

	@BeforeAll
	static void startThePlatform() throws IOException {
		Map<SpaService, Path> jars = new EnumMap<>(SpaService.class);
		for (SpaService service : SpaService.values()) {
			jars.put(service, ServiceJars.jar(service));
		}
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		TwilioSimulator simulator = TwilioSimulator.start(LocalDefaults.TWILIO_ACCOUNT_SID,
				LocalDefaults.TWILIO_AUTH_TOKEN);
		sms = simulator;
		SmtpServer mail = SmtpServer.start();
		smtp = mail;
		String run = "sys" + UUID.randomUUID().toString().substring(0, 8);
		Path logs = Path.of("target", "system-test").toAbsolutePath();
		int issuerPort = freePort();
		String issuerUri = "http://127.0.0.1:" + issuerPort;
		issuer = ServiceProcess.start(
				LocalDefaults.AUTH_MODULE, ServiceJars.authServerJar(), issuerPort, Map.of("SERVER_PORT",
						String.valueOf(issuerPort), "SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER", issuerUri),
				logs.resolve(LocalDefaults.AUTH_MODULE + ".log"));
		PlatformWiring wiring = new PlatformWiring(infrastructure.kafkaBootstrapServers(),
				(database) -> infrastructure.mongoUri(run + "-" + database),
				infrastructure.mode() == SpaInfrastructure.Mode.EMBEDDED, run + ".", freePorts(),
				new PlatformWiring.SmsGateway(simulator.baseUrl(), LocalDefaults.TWILIO_ACCOUNT_SID,
						LocalDefaults.TWILIO_AUTH_TOKEN, LocalDefaults.TWILIO_FROM_NUMBER),
				"127.0.0.1", mail.port(), issuerUri);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> ChildProcess.stopAllRunning(Duration.ofSeconds(10)), "stop-services"));
		for (SpaService service : SpaService.values()) {
			services.put(service, ServiceProcess.start(service.moduleName(), jars.get(service), wiring.port(service),
					wiring.environmentFor(service), logs.resolve(service.moduleName() + ".log")));
		}
		issuer.awaitHealthy(START_TIMEOUT);
		for (ServiceProcess service : services.values()) {
			service.awaitHealthy(START_TIMEOUT);
		}
	}

	@AfterAll
	static void stopThePlatform() {
		services.values().parallelStream().forEach((service) -> service.stop(Duration.ofSeconds(20)));
		if (issuer != null) {
			issuer.stop(Duration.ofSeconds(10));
		}
		if (sms != null) {
			sms.close();
		}
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	void confirmsABookingBySmsAndEmailWithTheClientsNameTheTreatmentAndTheLocalStartTime() throws IOException {
		String booking = services.get(SpaService.BOOKING).baseUrl();
		String treatmentId = treatmentNamed(booking, TREATMENT);
		JsonNode availability = this.http
			.get(booking + "/api/availability?treatmentId=" + treatmentId + "&date=" + aWeekdayAboutThreeDaysAhead());
		assertThat(availability.path("slots")).as("free slots in %s", availability).isNotEmpty();
		String start = availability.path("slots").get(0).path("start").asText();
		String localTime = OffsetDateTime.parse(start)
			.atZoneSameInstant(ZoneId.of(availability.path("timeZone").asText()))
			.format(DateTimeFormatter.ofPattern("HH:mm"));

		JsonNode booked = this.http.post(booking + "/api/bookings",
				Map.of("Idempotency-Key", UUID.randomUUID().toString(), "traceparent",
						"00-" + TRACE_ID + "-00f067aa0ba902b7-01"),
				Map.of("treatmentId", treatmentId, "start", start, "client", Map.of("name", "Ada Lovelace", "phone",
						ADA_PHONE, "email", ADA_EMAIL, "smsConsent", true, "marketingConsent", false)));
		String bookingId = booked.path("id").asText();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(sms().messagesTo(ADA_E164)).singleElement()
				.extracting(SimulatedSms::body)
				.asString()
				.contains("Ada", TREATMENT, localTime));
		assertThat(sms().messagesTo(ADA_E164)).singleElement()
			.as("the trace of the booking request, through the outbox, promotion-service and back, to Twilio")
			.extracting(SimulatedSms::traceId)
			.isEqualTo(TRACE_ID);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(emailsTo(ADA_EMAIL)).singleElement()
				.extracting(WalkingSkeletonSystemTest::content)
				.asString()
				.contains("Ada", TREATMENT, localTime));
		String issuerUri = Objects.requireNonNull(issuer).baseUrl();
		String staff = this.http.clientToken(issuerUri, "staff-demo", "staff-demo-secret");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.http.get(booking + "/api/bookings/" + bookingId, staff).path("status").asText())
				.isEqualTo("CONFIRMED"));
		assertThat(this.http.status(booking + "/api/bookings/" + bookingId)).as("without token or manage token")
			.isEqualTo(403);

		String operator = this.http.clientToken(issuerUri, "operator-demo", "operator-demo-secret");
		String notifications = services.get(SpaService.NOTIFICATION).baseUrl() + "/api/notifications?bookingId="
				+ bookingId;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.http.get(notifications, operator).findValuesAsText("channel"))
				.contains("SMS", "EMAIL"));
		assertThat(this.http.status(notifications)).as("message records without a token").isEqualTo(401);
		assertThat(this.http.get(notifications, operator).toString()).doesNotContain(ADA_E164, ADA_EMAIL);

		for (ServiceProcess service : services.values()) {
			assertThat(Files.readString(service.logFile())).as("log of %s", service.name())
				.doesNotContain(ADA_E164, "601234567", "601 234 567", ADA_EMAIL);
		}
		for (SpaService service : List.of(SpaService.BOOKING, SpaService.PROMOTION, SpaService.NOTIFICATION)) {
			assertThat(Files.readString(services.get(service).logFile())).as("log of %s", service).contains(TRACE_ID);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private String treatmentNamed(String booking, String name) {
		for (JsonNode treatment : this.http.get(booking + "/api/treatments")) {
			if (name.equals(treatment.path("name").asText())) {
				return treatment.path("id").asText();
			}
		}
		throw new AssertionError("GET /api/treatments has no treatment named " + name);
	}

	private static LocalDate aWeekdayAboutThreeDaysAhead() {
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static List<ReceivedEmail> emailsTo(String address) {
		return Objects.requireNonNull(smtp)
			.receivedEmails()
			.stream()
			.filter((email) -> email.to().contains(address))
			.toList();
	}

	private static String content(ReceivedEmail email) {
		return Objects.toString(email.textBody(), "") + "\n" + Objects.toString(email.htmlBody(), "");
	}

	private static TwilioSimulator sms() {
		return Objects.requireNonNull(sms);
	}

	private static Collection<ServiceProcess> running() {
		return List.copyOf(services.values());
	}

	private static Map<SpaService, Integer> freePorts() throws IOException {
		Map<SpaService, Integer> ports = new EnumMap<>(SpaService.class);
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (SpaService service : SpaService.values()) {
				ServerSocket socket = new ServerSocket(0);
				sockets.add(socket);
				ports.put(service, socket.getLocalPort());
			}
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
		return ports;
	}

}
