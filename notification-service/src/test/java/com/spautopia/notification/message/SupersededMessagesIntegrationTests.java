package com.spautopia.notification.message;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.BookingEventsMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.delivery.DeliveryException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change of a booking cancels its messages that say what no longer holds, whether they
 * wait or are being sent and will be retried: nothing stale reaches the client after the
 * change's own message.
 */
class SupersededMessagesIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private NotificationStore store;

	@Autowired
	private Notifications notifications;

	@Autowired
	private SendOutcomes outcomes;

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private MessageWork work;

	@Test
	void confirmationWaitingForItsRetryIsCancelledWhenTheAppointmentIsCancelled() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();
		publish(event);
		awaitCount(() -> smsTo(event.client().phone()), 1);
		// a confirmation of the booking that waits for a retry
		Notification waiting = SmsDueTomorrow.record(this.store, this.clock, event.bookingId(), Purpose.CONFIRMATION,
				AppointmentConfirmedMother.uniquePhone());

		publish(BookingEventsMother.cancelled(event, this.clock.instant()));

		await().atMost(TIMEOUT).until(() -> stored(waiting.id()).status() == NotificationStatus.CANCELLED);
	}

	@Test
	void confirmationBeingSentWhenItsBookingChangesIsNotRetried() {
		String bookingId = "bk-" + UUID.randomUUID();
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = SmsDueTomorrow.record(this.store, this.clock, bookingId, Purpose.CONFIRMATION, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();

		this.notifications.supersede(bookingId, "AppointmentCancelled");
		this.outcomes.retryLater(claimed, this.clock.instant(), new DeliveryException("Twilio error 20503", true));

		assertThat(stored(claimed.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
		assertStaysAt(() -> smsTo(phone), 0);
	}

	@Test
	void supersededMessageTakenOverAfterItsLeaseIsNotSent() {
		String bookingId = "bk-" + UUID.randomUUID();
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = SmsDueTomorrow.record(this.store, this.clock, bookingId, Purpose.RESCHEDULE, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();
		this.notifications.supersede(bookingId, "AppointmentRescheduled");

		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		this.work.claim(List.of(SendingRacesIntegrationTests.found(stored(claimed.id()))))
			.values()
			.forEach(Runnable::run);

		assertThat(stored(claimed.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
		assertStaysAt(() -> smsTo(phone), 0);
	}

	private Notification stored(String id) {
		Notification message = this.mongo.findById(id, Notification.class);
		assertThat(message).isNotNull();
		return message;
	}

}
