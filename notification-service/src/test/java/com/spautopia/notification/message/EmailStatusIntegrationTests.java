package com.spautopia.notification.message;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.message.NotificationRequest.References;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see of an email: {@code SENT} once our SMTP server accepted it, which is
 * all this service learns of it, never {@code DELIVERED}.
 */
class EmailStatusIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private NotificationStore store;

	@Autowired
	private DeliveryReports reports;

	@Test
	void anEmailTheSmtpServerAcceptedIsSentWhileTheSmsIsDelivered() {
		AppointmentConfirmed event = AppointmentConfirmedMother
			.confirmedAt(this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS));
		publish(event);

		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "DELIVERED");
		awaitStatus(event.bookingId(), "EMAIL", "CONFIRMATION", "SENT");
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[?(@.channel == 'EMAIL')]['status','sentAt','completedAt','providerStatus']")
			.asArray()
			.singleElement()
			.asString()
			.contains("status=SENT", "providerStatus=null")
			.doesNotContain("sentAt=null", "completedAt=null");
	}

	@Test
	void anEmailTheSmtpServerAcceptedIsAnnouncedAsSent() {
		AppointmentConfirmed event = AppointmentConfirmedMother
			.confirmedAt(this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS));
		publish(event);

		MessageSent sent = awaitNotificationEvent(MessageSent.class,
				(e) -> event.bookingId().equals(e.bookingId()) && e.channel() == Channel.EMAIL)
			.data();
		assertThat(sent.purpose()).isEqualTo(Purpose.CONFIRMATION);
		assertThat(sent.clientId()).isEqualTo(event.client().clientId());
	}

	@Test
	void aTwilioDeliveryReportNamingAnEmailChangesNothing() {
		String bookingId = "bk-" + UUID.randomUUID();
		NotificationRequest request = new NotificationRequest("test-" + UUID.randomUUID(), Channel.EMAIL,
				Purpose.CONFIRMATION, "anna." + UUID.randomUUID() + "@example.com",
				MessageContent.email("Confirmed", "text", "<p>html</p>"),
				References.booking(bookingId, "cl-" + UUID.randomUUID()), this.clock.instant().plus(Duration.ofDays(1)),
				null, null, null);
		Notification recorded = this.store.insertAll(List.of(this.store.draft(request))).getFirst();
		// being handed to the SMTP server: no provider id yet
		assertThat(this.store.claim(recorded.id(), recorded.version(), NotificationStatus.PENDING)).isNotNull();

		this.reports.report(recorded.id(), "SM" + "0123456789abcdef".repeat(2), "delivered", null);

		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", bookingId)).bodyJson()
			.extractingPath("$[*]['status','providerStatus']")
			.asArray()
			.singleElement()
			.asString()
			.contains("status=SENDING", "providerStatus=null");
	}

}
