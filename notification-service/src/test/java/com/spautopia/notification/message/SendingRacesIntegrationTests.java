package com.spautopia.notification.message;

import java.time.Duration;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.message.NotificationRequest.References;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages that change while they wait in this instance's send queue, driven step by step
 * through the real components, Twilio simulator and database.
 */
class SendingRacesIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private NotificationStore store;

	@Autowired
	private Notifications notifications;

	@Autowired
	private MessageWork sender;

	@Autowired
	private MongoOperations mongo;

	@Test
	void reminderCancelledWhileQueuedIsNeverSent() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		String bookingId = "bk-" + UUID.randomUUID();
		// queued as the dispatcher queues a due message: its id and version
		Notification queued = insert(bookingId, Purpose.REMINDER, phone);

		this.notifications.cancelPending(bookingId, Purpose.REMINDER, "the appointment was cancelled");
		// its turn comes: what the dispatcher does with the queued message
		this.sender.send(queued.id(), queued.version());

		assertThat(stored(queued.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
		assertStaysAt(() -> smsTo(phone), 0);
	}

	/**
	 * Records an SMS not due for a day, so that only the test sends it.
	 */
	private Notification insert(String bookingId, Purpose purpose, String phone) {
		NotificationRequest request = new NotificationRequest("test-" + UUID.randomUUID(), Channel.SMS, purpose, phone,
				MessageContent.sms("Reminder: your appointment is tomorrow."),
				References.booking(bookingId, "cl-" + UUID.randomUUID()), this.clock.instant().plus(Duration.ofDays(1)),
				null, null, null);
		Notification inserted = this.store.insert(request);
		assertThat(inserted).isNotNull();
		return inserted;
	}

	private Notification stored(String id) {
		Notification message = this.mongo.findById(id, Notification.class);
		assertThat(message).isNotNull();
		return message;
	}

}
