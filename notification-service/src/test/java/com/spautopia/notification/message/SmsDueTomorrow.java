package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.message.NotificationRequest.References;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records SMS that are not due for a day, so that only the test that recorded them sends
 * them (the dispatcher's poller leaves them).
 */
final class SmsDueTomorrow {

	private SmsDueTomorrow() {
	}

	/**
	 * Records an SMS about a booking, due a day from the clock's now.
	 * @param store where messages are recorded
	 * @param clock the service's clock
	 * @param bookingId the booking
	 * @param purpose why it is sent
	 * @param phone the recipient
	 * @return the message as recorded
	 */
	static Notification record(NotificationStore store, Clock clock, String bookingId, Purpose purpose, String phone) {
		NotificationRequest request = new NotificationRequest("test-" + UUID.randomUUID(), Channel.SMS, purpose, phone,
				MessageContent.sms("Reminder: your appointment is tomorrow."),
				References.booking(bookingId, "cl-" + UUID.randomUUID()), clock.instant().plus(Duration.ofDays(1)),
				null, null, null);
		List<Notification> inserted = store.insertAll(List.of(store.draft(request)));
		assertThat(inserted).hasSize(1);
		return inserted.getFirst();
	}

}
