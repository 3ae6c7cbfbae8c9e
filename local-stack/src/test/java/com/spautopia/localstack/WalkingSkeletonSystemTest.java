package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@RegisterExtension
	static final ServiceLogsOnFailure serviceLogs = new ServiceLogsOnFailure(WalkingSkeletonSystemTest::running);

	private static final Logger log = LoggerFactory.getLogger(WalkingSkeletonSystemTest.class);

	private static @Nullable TestPlatform platform;

	private final JsonHttp http = new JsonHttp();

	@BeforeAll
	static void startThePlatform() throws IOException {
		platform = TestPlatform.start("system-test");
	}

	@AfterAll
	static void stopThePlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void confirmsABookingBySmsAndEmailWithTheClientsNameTheTreatmentAndTheLocalStartTime() throws IOException {
		String booking = platform().baseUrl(SpaService.BOOKING);
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
		String issuerUri = platform().issuerUri();
		String staff = this.http.clientToken(issuerUri, "staff-demo", "staff-demo-secret");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.http.get(booking + "/api/bookings/" + bookingId, staff).path("status").asText())
				.isEqualTo("CONFIRMED"));
		assertThat(this.http.status(booking + "/api/bookings/" + bookingId)).as("without token or manage token")
			.isEqualTo(403);

		String operator = this.http.clientToken(issuerUri, "operator-demo", "operator-demo-secret");
		String notifications = platform().baseUrl(SpaService.NOTIFICATION) + "/api/notifications?bookingId="
				+ bookingId;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.http.get(notifications, operator).findValuesAsText("channel"))
				.contains("SMS", "EMAIL"));
		assertThat(this.http.status(notifications)).as("message records without a token").isEqualTo(401);
		assertThat(this.http.get(notifications, operator).toString()).doesNotContain(ADA_E164, ADA_EMAIL);

		for (ServiceProcess service : platform().processes()) {
			assertThat(Files.readString(service.logFile())).as("log of %s", service.name())
				.doesNotContain(ADA_E164, "601234567", "601 234 567", ADA_EMAIL);
		}
		for (SpaService service : List.of(SpaService.BOOKING, SpaService.PROMOTION, SpaService.NOTIFICATION)) {
			assertThat(Files.readString(platform().process(service).logFile())).as("log of %s", service)
				.contains(TRACE_ID);
		}
	}

	/**
	 * notification-service killed with SIGKILL (its Kafka consumers never leave their
	 * group) and started again at once is UP within the time a first start may take (180
	 * s on a busy 2-core machine), and a booking made as soon as it is UP has its
	 * confirmation SMS within 30 s: the killed consumers' partitions move as soon as the
	 * broker's group session (15 s) has passed, by Kafka 4's consumer group protocol,
	 * with no group-wide rebalance for the service's two bindings to set off again and
	 * again. With the classic protocol the dead members held the group for 45 s (their
	 * session timeout), then every one of the six new consumers' joins started another
	 * rebalance of the whole group.
	 */
	@Test
	void notificationServiceKilledAndRestartedAtOnceIsReadyAndTakesUpItsWorkWithinItsBounds() throws IOException {
		String booking = platform().baseUrl(SpaService.BOOKING);
		String treatmentId = treatmentNamed(booking, TREATMENT);
		bookTheFirstFreeSlot(booking, treatmentId, "Bob Before", "+48 601 234 570");
		await().atMost(Duration.ofSeconds(60))
			.alias("the confirmation before the kill (the consumers hold their partitions)")
			.until(() -> !sms().messagesTo("+48601234570").isEmpty());

		long killed = System.nanoTime();
		ServiceProcess restarted = platform().killAndRestart(SpaService.NOTIFICATION);
		restarted.awaitHealthy(TestPlatform.START_TIMEOUT);
		long ready = System.nanoTime();
		bookTheFirstFreeSlot(booking, treatmentId, "Cy After", "+48 601 234 571");
		await().atMost(Duration.ofSeconds(30))
			.alias("the confirmation of a booking made once the restarted service is ready")
			.untilAsserted(() -> assertThat(sms().messagesTo("+48601234571")).singleElement()
				.extracting(SimulatedSms::body)
				.asString()
				.contains("Cy", TREATMENT));
		long confirmed = System.nanoTime();
		log.info("notification-service killed and restarted: ready after {} ms, confirmation SMS {} ms after ready",
				Duration.ofNanos(ready - killed).toMillis(), Duration.ofNanos(confirmed - ready).toMillis());
	}

	private void bookTheFirstFreeSlot(String booking, String treatmentId, String name, String phone) {
		JsonNode availability = this.http
			.get(booking + "/api/availability?treatmentId=" + treatmentId + "&date=" + aWeekdayAboutThreeDaysAhead());
		assertThat(availability.path("slots")).as("free slots in %s", availability).isNotEmpty();
		this.http.post(booking + "/api/bookings", Map.of("Idempotency-Key", UUID.randomUUID().toString()),
				Map.of("treatmentId", treatmentId, "start", availability.path("slots").get(0).path("start").asText(),
						"client", Map.of("name", name, "phone", phone, "smsConsent", true, "marketingConsent", false)));
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
		return SpaCalendar.seeded()
			.nextOpenDay(3, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY);
	}

	private static List<ReceivedEmail> emailsTo(String address) {
		return platform().smtp().receivedEmails().stream().filter((email) -> email.to().contains(address)).toList();
	}

	private static String content(ReceivedEmail email) {
		return Objects.toString(email.textBody(), "") + "\n" + Objects.toString(email.htmlBody(), "");
	}

	private static TwilioSimulator sms() {
		return platform().sms();
	}

	private static TestPlatform platform() {
		return Objects.requireNonNull(platform);
	}

	private static Collection<ServiceProcess> running() {
		return (platform != null) ? platform.processes() : List.of();
	}

}
