package com.spautopia.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators rely on: the SMS of a booking event (its confirmation now, its reminder
 * later) sent in the event's trace, with the W3C {@code traceparent} on the Twilio
 * request; reminders due and the observed sends in Prometheus.
 */
class OperationsIntegrationTests extends NotificationIntegrationTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String PARENT_SPAN = "00f067aa0ba902b7";

	@Test
	void smsOfABookingEventCarryItsTraceToTwilioEvenWhenSentLater() {
		Instant start = this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();

		publishTraced(event, "00-" + TRACE_ID + "-" + PARENT_SPAN + "-01");
		SimulatedSms confirmation = awaitCount(() -> smsTo(phone), 1).getFirst();
		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		SimulatedSms reminder = awaitCount(() -> smsTo(phone), 2).get(1);

		assertThat(List.of(confirmation, reminder)).extracting(SimulatedSms::traceId).containsOnly(TRACE_ID);
		assertThat(confirmation.traceparent()).as("a span of the service, not the event's")
			.matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
			.doesNotContain(PARENT_SPAN);
		assertThat(reminder.body()).contains("Reminder");
	}

	@Test
	void exposesRemindersDueToOperators() {
		Instant start = this.clock.instant().plus(Duration.ofMinutes(150));
		publish(AppointmentConfirmedMother.confirmedAt(start));

		// its 2-hour reminder falls due in half an hour
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
				.bodyText()
				.containsPattern("spa_reminders_due_next_hour\\{application=\"notification-service\"\\} [1-9]")
				.contains("spa_reminders_due{application=\"notification-service\"}")
				// its confirmation's sends, observed
				.contains("spa_notification_send_seconds_count", "spa_twilio_requests_seconds_count",
						"spa_smtp_send_seconds_count"));
	}

	private void publishTraced(AppointmentConfirmed event, String traceparent) {
		KafkaEventMessage message = this.bookingService.encode(event);
		Map<String, byte[]> headers = new HashMap<>(message.headers());
		headers.put("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
		this.topics.publish(new KafkaEventMessage(message.topic(), message.key(), headers, message.payload()));
	}

}
