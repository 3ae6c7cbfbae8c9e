package com.spautopia.notification.message;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.SealedLinks;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.sms.SmsSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages that change while they wait in this instance's send queue or while they are
 * being sent, driven step by step through the real components, the Twilio simulator (and
 * its status callbacks) and the database.
 */
class SendingRacesIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private NotificationStore store;

	@Autowired
	private SealedLinks seal;

	@Autowired
	private Notifications notifications;

	@Autowired
	private MessageWork sender;

	@Autowired
	private SendOutcomes outcomes;

	@Autowired
	private SmsSender smsSender;

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
		this.sender.claim(List.of(found(queued))).values().forEach(Runnable::run);

		assertThat(stored(queued.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
		assertStaysAt(() -> smsTo(phone), 0);
	}

	@Test
	void sendOvertakenByASentCallbackIsRecordedAndNeverRepeated() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = insert("bk-" + UUID.randomUUID(), Purpose.CONFIRMATION, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), queued.status());
		assertThat(claimed).isNotNull();
		// Twilio reports "sent" before the service records its answer; the final status
		// 2 s later
		twilio.statusCallbackDelay(Duration.ofSeconds(2));

		String sid = this.smsSender.send(phone, claimed.content().opened(this.seal).text(), claimed.id(),
				Duration.ofHours(1));
		await().atMost(TIMEOUT).until(() -> "sent".equals(stored(claimed.id()).providerStatus()));
		this.outcomes.sent(claimed, sid);

		Notification recorded = stored(claimed.id());
		assertThat(recorded.status()).isIn(NotificationStatus.SENT, NotificationStatus.DELIVERED);
		assertThat(recorded.providerId()).isEqualTo(sid);
		assertThat(recorded.sentAt()).isNotNull();
		assertThat(recorded.owner()).isNull();
		assertThat(recorded.leaseUntil()).isNull();
		// long after the claim's lease would have run out
		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@Test
	void messageWhoseLeaseRanOutIsTakenOverOnceAndOnlyAfterTheLease() {
		Notification queued = insert("bk-" + UUID.randomUUID(), Purpose.CONFIRMATION,
				AppointmentConfirmedMother.uniquePhone());
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();
		// another instance found it SENDING: not while the lease holds
		assertThat(this.store.claim(claimed.id(), claimed.version(), NotificationStatus.SENDING)).isNull();
		// nor as PENDING, the status it no longer has
		assertThat(this.store.claim(claimed.id(), claimed.version(), NotificationStatus.PENDING)).isNull();

		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		Notification takenOver = this.store.claim(claimed.id(), claimed.version(), NotificationStatus.SENDING);
		Notification again = this.store.claim(claimed.id(), claimed.version(), NotificationStatus.SENDING);

		assertThat(takenOver).isNotNull();
		assertThat(takenOver.attempts()).isEqualTo(2);
		assertThat(again).isNull();
	}

	@Test
	void sendTwilioAcceptedButNeverRecordedIsFoundAtTwilioAfterTheLeaseAndNotRepeated() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = insert("bk-" + UUID.randomUUID(), Purpose.CONFIRMATION, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();
		// Twilio accepts it and sends it on; the instance stops before recording it (and
		// Twilio's reports reach nobody: they name another reference)
		String sid = this.smsSender.send(phone, claimed.content().opened(this.seal).text(), "gone-" + claimed.id(),
				Duration.ofHours(1));
		await().atMost(TIMEOUT).until(() -> smsTo(phone).getFirst().dateSent() != null);

		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		this.sender.claim(List.of(found(stored(claimed.id())))).values().forEach(Runnable::run);

		Notification recorded = stored(claimed.id());
		assertThat(recorded.status()).isEqualTo(NotificationStatus.SENT);
		assertThat(recorded.providerId()).isEqualTo(sid);
		assertThat(recorded.outcomeUnknown()).isFalse();
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@Test
	void sendWhoseOutcomeIsUnknownIsSentOnceTwilioDoesNotHaveIt() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = insert("bk-" + UUID.randomUUID(), Purpose.CONFIRMATION, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();
		// the instance stopped before its request reached Twilio

		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		this.sender.claim(List.of(found(stored(claimed.id())))).values().forEach(Runnable::run);

		assertThat(stored(claimed.id()).status()).isIn(NotificationStatus.SENT, NotificationStatus.DELIVERED);
		assertThat(twilio.listRequests()).anySatisfy((query) -> assertThat(query).containsEntry("To", phone));
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@Test
	void messageReportedDeliveredIsNotTakenOverAfterItsLease() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Notification queued = insert("bk-" + UUID.randomUUID(), Purpose.CONFIRMATION, phone);
		Notification claimed = this.store.claim(queued.id(), queued.version(), NotificationStatus.PENDING);
		assertThat(claimed).isNotNull();
		// sent, but the instance stopped before recording it; Twilio's report arrives
		this.smsSender.send(phone, claimed.content().opened(this.seal).text(), claimed.id(), Duration.ofHours(1));
		await().atMost(TIMEOUT).until(() -> stored(claimed.id()).status() == NotificationStatus.DELIVERED);

		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));

		assertThat(this.store.claim(claimed.id(), claimed.version(), NotificationStatus.SENDING)).isNull();
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@AfterEach
	void defaultCallbackDelay() {
		twilio.statusCallbackDelay(Duration.ofMillis(50));
	}

	/**
	 * Records an SMS not due for a day, so that only the test sends it.
	 */
	private Notification insert(String bookingId, Purpose purpose, String phone) {
		return SmsDueTomorrow.record(this.store, this.clock, bookingId, purpose, phone);
	}

	/**
	 * A message as the dispatcher queues it when found due: its id, version and status.
	 */
	static SendQueue.Queued found(Notification message) {
		return new SendQueue.Queued(message.id(), message.channel(), message.rank(), message.version(),
				message.status(), 0);
	}

	private Notification stored(String id) {
		Notification message = this.mongo.findById(id, Notification.class);
		assertThat(message).isNotNull();
		return message;
	}

}
