package com.spautopia.notification;

import java.util.List;
import java.util.UUID;

import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.notification.consent.EmailOptOuts;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.testsupport.time.WallClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * ClientErased leaves no name, phone number, email or message text of the client, keeps
 * every message with its status, channel and purpose, drops the reminders, and a
 * redelivery or a late booking event brings nothing back.
 */
class ClientErasureIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private SmsOptOuts optOuts;

	@Autowired
	private EmailOptOuts emailOptOuts;

	@Test
	void erasureLeavesNoPersonalDataAndKeepsEveryMessage() {
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmed();
		String phone = booked.client().phone();
		String email = booked.client().email();
		publish(booked);
		awaitCount(() -> smsTo(phone), 1);
		awaitCount(() -> emailsTo(email), 1);
		// the two reminders and the confirmation nudge
		await().atMost(TIMEOUT).until(() -> reminders(booked.bookingId()).size() == 3);
		this.optOuts.optOut(phone, "STOP", WallClock.now());
		List<String> messagesBefore = messages(booked.bookingId()).stream()
			.map((message) -> message.getString("_id") + " " + message.getString("channel") + " "
					+ message.getString("purpose"))
			.toList();

		this.topics.publish(this.bookingService
			.encode(new ClientErased(booked.client().clientId(), phone, List.of(booked.bookingId()), WallClock.now())));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(held(booked.bookingId())).doesNotContain(phone.substring(1), email, "Anna Kowalska");
			assertThat(this.mongo.findById(phone, Document.class, "phones")).isNull();
		});
		// the number that said STOP stays suppressed, known only by a one-way hash
		assertThat(this.optOuts.isOptedOut(phone)).isTrue();
		assertThat(this.optOuts.optedOut(List.of(phone))).containsExactly(phone);
		assertThat(String.valueOf(this.mongo.findAll(Document.class, "phones"))).doesNotContain(phone.substring(1));
		assertThat(messages(booked.bookingId()))
			.extracting((message) -> message.getString("_id") + " " + message.getString("channel") + " "
					+ message.getString("purpose"))
			.containsExactlyInAnyOrderElementsOf(messagesBefore);
		assertThat(messages(booked.bookingId())).allSatisfy((message) -> {
			assertThat(message.getString("recipient")).isEqualTo("erased");
			assertThat(message.get("content", Document.class).getString("text")).isEqualTo("[erased]");
			assertThat(message.getString("status")).isNotEqualTo("PENDING");
		});
		assertThat(reminders(booked.bookingId())).extracting((reminder) -> reminder.getString("status"))
			.containsOnly("CANCELLED");
	}

	@Test
	void anErasedNumberThatSaidStopGetsNoSmsUntilItSaysStartAgain() {
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmed();
		String phone = booked.client().phone();
		this.optOuts.optOut(phone, "STOP", WallClock.now());
		this.topics.publish(this.bookingService
			.encode(new ClientErased(booked.client().clientId(), phone, List.of(booked.bookingId()), WallClock.now())));
		await().atMost(TIMEOUT).until(() -> this.mongo.findById(phone, Document.class, "phones") == null);

		assertThat(this.optOuts.optIn(phone, "START", WallClock.now())).isTrue();

		assertThat(this.optOuts.isOptedOut(phone)).isFalse();
	}

	@Test
	void anErasedClientWhoUnsubscribedFromEmailStaysUnsubscribedWithoutNumberOrAddress() {
		String clientId = "cl-" + UUID.randomUUID();
		String phone = AppointmentConfirmedMother.uniquePhone();
		String email = "anna." + UUID.randomUUID() + "@example.com";
		this.emailOptOuts.remember(clientId, phone, email);
		assertThat(this.emailOptOuts.optOut(clientId, "UNSUBSCRIBE", WallClock.now()))
			.isEqualTo(EmailOptOuts.Result.OPTED_OUT);

		this.topics.publish(this.bookingService.encode(new ClientErased(clientId, phone, List.of(), WallClock.now())));

		await().atMost(TIMEOUT)
			.untilAsserted(
					() -> assertThat(String.valueOf(this.mongo.findById(clientId, Document.class, "email_opt_outs")))
						.doesNotContain(phone.substring(1), email));
		assertThat(this.emailOptOuts.isOptedOut(clientId)).isTrue();
		// the link of an erased client changes nothing any more
		assertThat(this.emailOptOuts.optOut(clientId, "UNSUBSCRIBE", WallClock.now()))
			.isEqualTo(EmailOptOuts.Result.UNKNOWN);
	}

	@Test
	void aRedeliveredErasureOrALateBookingEventBringsNothingBack() {
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmed();
		String phone = booked.client().phone();
		publish(booked);
		awaitCount(() -> smsTo(phone), 1);
		KafkaEventMessage erased = this.bookingService
			.encode(new ClientErased(booked.client().clientId(), phone, List.of(booked.bookingId()), WallClock.now()));
		this.topics.publish(erased);
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(held(booked.bookingId())).doesNotContain("Anna Kowalska"));
		int messages = messages(booked.bookingId()).size();

		this.topics.publish(erased);
		publish(booked);

		assertStaysAt(() -> smsTo(phone), 1);
		assertThat(held(booked.bookingId())).doesNotContain(phone.substring(1), "Anna Kowalska");
		assertThat(messages(booked.bookingId())).hasSize(messages);
	}

	private String held(String bookingId) {
		return String.valueOf(this.mongo.findById(bookingId, Document.class, "appointments")) + messages(bookingId)
				+ reminders(bookingId);
	}

	private List<Document> messages(String bookingId) {
		return this.mongo.find(query(where("bookingId").is(bookingId)), Document.class, "notifications");
	}

	private List<Document> reminders(String bookingId) {
		return this.mongo.find(query(where("bookingId").is(bookingId)), Document.class, "reminders");
	}

}
