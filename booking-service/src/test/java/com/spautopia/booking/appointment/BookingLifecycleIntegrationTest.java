package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.client.Client;
import com.spautopia.booking.client.ConsentChange;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.EventType;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.time.WallClock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EventFlowTest
class BookingLifecycleIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	private static final String MARIA = "maria-nowak";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	Schedule schedule;

	private BookingApi api;

	private EventTopics topics;

	private ConfirmedBookings bookings;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
		this.topics = EventTopics.of(this.environment);
		this.bookings = new ConfirmedBookings(this.api, this.topics);
	}

	@AfterEach
	void disconnect() {
		this.clock.reset();
		this.topics.close();
	}

	@Test
	void clientCancelsWithTheManageTokenAndTheTimeIsFreeAgain() {
		Booked booked = bookAndConfirm("601234567");

		Response cancelled = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel",
				"{\"reason\": \"Flu\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("cancellation").get("late").asBoolean()).isFalse();
		AppointmentCancelled event = this.topics.awaitBookingEvent(booked.id(), AppointmentCancelled.class);
		assertThat(event.reason()).isEqualTo("Flu");
		assertThat(event.cancelledBy()).isEqualTo(AppointmentCancelled.CancelledBy.CLIENT);
		assertThat(startsOffered(booked)).contains(booked.start());
	}

	@Test
	void cancellationInsideTheLateWindowIsFlagged() {
		Booked booked = bookAndConfirm("601234568");
		this.clock.setTo(OffsetDateTime.parse(booked.start()).toInstant().minus(Duration.ofHours(3)));

		Response cancelled = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(cancelled.json().get("cancellation").get("late").asBoolean()).isTrue();
		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentCancelled.class).lateCancellation()).isTrue();
	}

	@Test
	void aWrongOrMissingManageTokenChangesNothing() {
		Booked booked = bookAndConfirm("601234569");
		Booked other = bookAndConfirm("601234570");

		Response missing = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}", Map.of());
		Response otherBookingsToken = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of(BookingController.MANAGE_TOKEN, other.token()));

		assertThat(missing.status()).isEqualTo(403);
		assertThat(otherBookingsToken.status()).isEqualTo(403);
		assertThat(otherBookingsToken.contentType()).startsWith("application/problem+json");
		assertThat(this.api.staff().get("/api/bookings/" + booked.id()).json().get("status").asText())
			.isEqualTo("CONFIRMED");
	}

	@Test
	void rescheduleMovesTheBookingAndFreesTheOldTime() {
		Booked booked = bookAndConfirm("601234571");
		// Maria's next free time (other tests of this context book her too)
		String newStart = this.api.firstFreeSlot(ConfirmedBookings.BACK_PAIN, MARIA).get("start").asText();

		Response moved = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + newStart + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(OffsetDateTime.parse(moved.json().get("start").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse(newStart));
		AppointmentRescheduled event = this.topics.awaitBookingEvent(booked.id(), AppointmentRescheduled.class);
		assertThat(event.previousStart()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(event.appointment().start()).isAtSameInstantAs(OffsetDateTime.parse(newStart));
		assertThat(startsOffered(booked)).contains(booked.start());
	}

	@Test
	void rescheduleToATimeOverlappingItsOwnKeepsTheSameTherapist() {
		JsonNode first = this.api.firstFreeSlot(BACK_PAIN, MARIA);
		List<OffsetDateTime> free = freeStarts(MARIA, OffsetDateTime.parse(first.get("start").asText()));
		OffsetDateTime start = free.stream()
			.filter((candidate) -> free.contains(candidate.plusMinutes(30)))
			.findFirst()
			.orElseThrow();
		Booked booked = bookAndConfirm("601234576", MARIA, start.toString());
		OffsetDateTime halfAnHourLater = start.plusMinutes(30);

		Response moved = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + halfAnHourLater + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("therapistId").asText()).isEqualTo(MARIA);
		assertThat(OffsetDateTime.parse(moved.json().get("start").asText())).isAtSameInstantAs(halfAnHourLater);
		assertThat(this.schedule.reservations(Resource.therapist(MARIA), start.toLocalDate()))
			.filteredOn((held) -> held.bookingId().equals(booked.id()))
			.singleElement()
			.satisfies((held) -> assertThat(held.start()).isEqualTo(halfAnHourLater.toInstant()));
		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentRescheduled.class).appointment().therapistId())
			.isEqualTo(MARIA);
	}

	@Test
	void rescheduleToTheSameTimeChangesNothingAndKeepsTheTimeHeld() {
		Booked booked = bookAndConfirm("601234577");

		Response same = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + booked.start() + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(same.status()).as(same.body()).isEqualTo(200);
		assertThat(same.json().get("therapistId").asText()).isEqualTo(booked.therapistId());
		assertThat(this.schedule.reservations(Resource.therapist(booked.therapistId()),
				OffsetDateTime.parse(booked.start()).toLocalDate()))
			.filteredOn((held) -> held.bookingId().equals(booked.id()))
			.singleElement()
			.satisfies((held) -> assertThat(held.start()).isEqualTo(OffsetDateTime.parse(booked.start()).toInstant()));
	}

	@Test
	void illegalTransitionsAreConflictsThatSayWhy() {
		Booked booked = bookAndConfirm("601234572");

		Response tooEarly = this.api.staff()
			.postWithHeaders("/api/bookings/" + booked.id() + "/complete", "{}", Map.of());
		this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		Response afterCancel = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + booked.start() + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.json().get("detail").asText()).contains("cannot be marked completed before then");
		assertThat(afterCancel.status()).isEqualTo(409);
		assertThat(afterCancel.json().get("detail").asText()).contains("is cancelled");
	}

	@Test
	void staffMarksAnAppointmentCompletedOnceItHasStarted() {
		Booked booked = bookAndConfirm("601234573");
		this.clock.setTo(OffsetDateTime.parse(booked.start()).toInstant().plus(Duration.ofMinutes(55)));

		Response completed = this.api.staff()
			.postWithHeaders("/api/bookings/" + booked.id() + "/complete", "{}", Map.of());
		Response again = this.api.staff().postWithHeaders("/api/bookings/" + booked.id() + "/complete", "{}", Map.of());
		Response noShow = this.api.staff().postWithHeaders("/api/bookings/" + booked.id() + "/no-show", "{}", Map.of());

		assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
		assertThat(again.status()).isEqualTo(200);
		assertThat(noShow.status()).isEqualTo(409);
		AppointmentCompleted event = this.topics.awaitBookingEvent(booked.id(), AppointmentCompleted.class);
		assertThat(event.finalPrice()).isEqualTo(Money.of("220", "PLN"));
		assertThat(event.pricing()).as("promotion-service keeps only what the client was given")
			.isEqualTo(new Pricing(Money.of("220", "PLN"), Money.zero("PLN"), Money.of("220", "PLN"), List.of(),
					Pricing.Source.EVALUATED, null));
	}

	@Test
	void aMoveIsPricedAgainAtItsNewTimeAndAnEvaluationOfItsOldTimeChangesNothing() {
		Booked booked = bookAndConfirm("601234579");
		JsonNode other = this.api.firstFreeSlot(ConfirmedBookings.BACK_PAIN, MARIA);
		Response moved = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + other.get("start").asText() + "\"}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		this.topics.awaitBookingEvent(booked.id(), AppointmentRescheduled.class);
		Money list = Money.of("220", "PLN");
		Money discount = Money.of("33", "PLN");
		AppliedPromotion offPeak = new AppliedPromotion("promo-off-peak", "Off-peak 15%", null, discount);

		// promotion-service prices each move; the first answer here is for a time the
		// booking has left (partition order: consumed before the second)
		this.topics.publish(
				new PromotionEvaluated(booked.id(), list, discount, list.minus(discount), List.of(offPeak), null,
						WallClock.now(), OffsetDateTime.parse(booked.start()), PromotionEvaluated.Occasion.RESCHEDULED),
				"/spa-utopia/promotion-service");
		this.topics.publish(new PromotionEvaluated(booked.id(), list, discount, list.minus(discount), List.of(offPeak),
				null, WallClock.now(), OffsetDateTime.parse(other.get("start").asText()),
				PromotionEvaluated.Occasion.RESCHEDULED), "/spa-utopia/promotion-service");

		AppointmentRepriced repriced = this.topics.awaitBookingEvent(booked.id(), AppointmentRepriced.class);
		assertThat(repriced.reason()).isEqualTo(AppointmentRepriced.Reason.RESCHEDULED);
		assertThat(repriced.previousPrice()).isEqualTo(list);
		assertThat(repriced.pricing().finalPrice()).isEqualTo(Money.of("187", "PLN"));
		assertThat(repriced.appointment().start()).isAtSameInstantAs(OffsetDateTime.parse(other.get("start").asText()));
		JsonNode seenByTheClient = this.api
			.getWithHeaders("/api/bookings/" + booked.id(), Map.of(BookingController.MANAGE_TOKEN, booked.token()))
			.json();
		assertThat(seenByTheClient.get("pricing").get("finalPrice").get("amount").decimalValue())
			.isEqualByComparingTo("187.00");
		assertThat(this.topics.events(Topics.BOOKING_EVENTS)).filteredOn((event) -> event.subject().equals(booked.id()))
			.extracting(EventEnvelope::type)
			.containsOnlyOnce(EventType.APPOINTMENT_REPRICED);
	}

	@Test
	void smsOptOutAndOptInFromNotificationServiceReachTheClientOnceEach() {
		bookAndConfirm("601234574");
		ClientOptedOut out = new ClientOptedOut("+48601234574", Channel.SMS, "STOP", WallClock.now());

		this.topics.publish(out, "/spa-utopia/notification-service");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client("+48601234574").consents().transactionalSms()).isFalse());
		this.topics.publish(new ClientOptedIn("+48601234574", Channel.SMS, "START", WallClock.now()),
				"/spa-utopia/notification-service");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Client client = client("+48601234574");
			assertThat(client.consents().transactionalSms()).isTrue();
			assertThat(client.consentLedger()).extracting(com.spautopia.booking.client.ConsentChange::source)
				.containsExactly("booking", "SMS reply STOP", "SMS reply START");
		});
	}

	@Test
	void emailOptOutAndOptInChangeOnlyTheEmailConsent() {
		bookAndConfirm("601234578");

		this.topics.publish(new ClientOptedOut("+48601234578", Channel.EMAIL, "unsubscribe", WallClock.now()),
				"/spa-utopia/notification-service");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client("+48601234578").consentLedger()).hasSize(2));
		Client optedOut = client("+48601234578");
		this.topics.publish(new ClientOptedIn("+48601234578", Channel.EMAIL, "resubscribe", WallClock.now()),
				"/spa-utopia/notification-service");

		assertThat(optedOut.consents()).isEqualTo(new Consents(true, false, false));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Client optedIn = client("+48601234578");
			assertThat(optedIn.consents()).isEqualTo(new Consents(true, false, true));
			assertThat(optedIn.consentLedger()).extracting(com.spautopia.booking.client.ConsentChange::source)
				.containsExactly("booking", "email unsubscribe", "email resubscribe");
		});
	}

	@Test
	void smsOptOutLeavesTheEmailConsent() {
		bookAsking("601234579", true);
		this.topics.publish(new ClientOptedIn("+48601234579", Channel.SMS, ClientOptedIn.OFFERS, WallClock.now()),
				"/spa-utopia/notification-service");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(client("+48601234579").consents()).isEqualTo(new Consents(true, true, true)));

		this.topics.publish(new ClientOptedOut("+48601234579", Channel.SMS, "STOP", WallClock.now()),
				"/spa-utopia/notification-service");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(client("+48601234579").consents()).isEqualTo(new Consents(false, false, true)));
	}

	@Test
	void marketingConsentFromTheBookingPageCountsOnlyOnceThePhoneConfirmsIt() {
		Booked booked = bookAsking("601234581", true);
		String clientId = client("+48601234581").id();

		assertThat(client("+48601234581").consents()).as("asked for, not given")
			.isEqualTo(new Consents(true, false, false));
		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentRequested.class).client().consents())
			.isEqualTo(new Consents(true, false, false));
		Response fromTheLink = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/marketing-consent", "",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		assertThat(fromTheLink.status()).as("whoever typed the number holds the manage link: it confirms nothing")
			.isIn(401, 403, 404, 405);

		// the client replied OFFERS from the phone (notification-service says so, twice)
		ClientOptedIn offers = new ClientOptedIn("+48601234581", Channel.SMS, ClientOptedIn.OFFERS, WallClock.now());
		this.topics.publish(offers, "/spa-utopia/notification-service");
		this.topics.publish(offers, "/spa-utopia/notification-service");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(client("+48601234581").consents()).isEqualTo(new Consents(true, true, true)));
		ClientConsentsChanged changed = this.topics.awaitBookingEvent(clientId, ClientConsentsChanged.class);
		assertThat(changed.consents()).isEqualTo(new Consents(true, true, true));
		assertThat(client("+48601234581").consentLedger()).extracting(ConsentChange::source)
			.containsExactly("booking", ConsentChange.MARKETING_ASKED,
					"SMS reply OFFERS: marketing confirmed by the client (double opt-in)");

		// another booking with the number, without the tick, withdraws nothing
		bookAsking("601234581", false);
		assertThat(client("+48601234581").consents()).isEqualTo(new Consents(true, true, true));
	}

	@Test
	void anOffersReplyFromANumberThatAskedForNothingChangesNothing() {
		bookAsking("601234582", false);

		this.topics.publish(new ClientOptedIn("+48601234582", Channel.SMS, ClientOptedIn.OFFERS, WallClock.now()),
				"/spa-utopia/notification-service");
		bookAsking("601234583", false);
		this.topics.publish(new ClientOptedIn("+48601234583", Channel.SMS, "START", WallClock.now()),
				"/spa-utopia/notification-service");

		// the second number's START is consumed after the first's OFFERS (one partition
		// per
		// number is not promised; so wait for the START and then check both)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client("+48601234583").consentLedger()).hasSize(2));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(client("+48601234582").consents()).isEqualTo(new Consents(true, false, false)));
	}

	private Booked bookAsking(String phone, boolean marketing) {
		// Maria's first free time: a client booked twice this way is never booked twice
		// at
		// once
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, MARIA);
		Response created = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", phone)
					.replace("\"start\"", "\"therapistId\": \"" + MARIA + "\", \"start\"")
					.replace("\"marketingConsent\": false", "\"marketingConsent\": " + marketing),
				null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Booked(created.json().get("id").asText(), created.json().get("manageToken").asText(),
				slot.get("start").asText(), slot.get("therapistId").asText());
	}

	@Test
	void staffMarksAConfirmedBookingThatHasStartedAsNoShow() {
		Booked booked = bookAndConfirm("601234580");
		this.clock.setTo(OffsetDateTime.parse(booked.start()).toInstant().plus(Duration.ofMinutes(20)));

		Response noShow = this.api.staff().postWithHeaders("/api/bookings/" + booked.id() + "/no-show", "{}", Map.of());

		assertThat(noShow.status()).as(noShow.body()).isEqualTo(200);
		assertThat(noShow.json().get("status").asText()).isEqualTo("NO_SHOW");
		assertThat(this.api.staff().get("/api/bookings/" + booked.id()).json().get("status").asText())
			.isEqualTo("NO_SHOW");
		AppointmentNoShow event = this.topics.awaitBookingEvent(booked.id(), AppointmentNoShow.class);
		assertThat(event.appointment().start()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(event.client().phone()).isEqualTo("+48601234580");
	}

	@Test
	void aRedeliveredClientConfirmationChangesNothingAndEmitsNoEvent() {
		Booked booked = bookAndConfirm("601234581");
		Booked marker = bookAndConfirm("601234582");
		ProducerRecord<byte[], byte[]> reply = replyOnFirstPartition(booked.id(), "+48601234581",
				Instant.parse("2026-12-02T10:00:00Z"));
		this.topics.send(reply);
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Booking current = this.mongo.findById(booked.id(), Booking.class);
			return current.clientConfirmedAt() != null && current.outbox().isEmpty();
		});
		Booking confirmedByClient = this.mongo.findById(booked.id(), Booking.class);

		this.topics.send(reply);
		this.topics.send(replyOnFirstPartition(booked.id(), "+48601234581", Instant.parse("2026-12-02T11:00:00Z")));
		// consumed after the two above, as they are on the same partition
		this.topics.send(replyOnFirstPartition(marker.id(), "+48601234582", Instant.parse("2026-12-02T12:00:00Z")));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mongo.findById(marker.id(), Booking.class).clientConfirmedAt() != null);

		assertThat(this.mongo.findById(booked.id(), Booking.class)).isEqualTo(confirmedByClient);
		assertThat(confirmedByClient.clientConfirmedAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.topics.events(Topics.BOOKING_EVENTS))
				.filteredOn((event) -> event.subject().equals(booked.id()))
				.extracting(EventEnvelope::type)
				.containsExactly(EventType.APPOINTMENT_REQUESTED, EventType.APPOINTMENT_CONFIRMED));
	}

	@Test
	void clientConfirmationBySmsIsRecorded() {
		Booked booked = bookAndConfirm("601234575");

		this.topics.publish(new AppointmentConfirmedByClient(booked.id(), "+48601234575", WallClock.now()),
				"/spa-utopia/notification-service");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.api.staff().get("/api/bookings/" + booked.id()).json().get("clientConfirmedAt").isNull())
				.isFalse());
	}

	private ProducerRecord<byte[], byte[]> replyOnFirstPartition(String bookingId, String phone, Instant at) {
		return this.topics.record(new AppointmentConfirmedByClient(bookingId, phone, at),
				"/spa-utopia/notification-service", 0);
	}

	private Client client(String phone) {
		return this.mongo.findOne(Query.query(Criteria.where("phone").is(phone)), Client.class);
	}

	private List<OffsetDateTime> freeStarts(String therapistId, OffsetDateTime day) {
		return this.api
			.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day.toLocalDate() + "&therapistId="
					+ therapistId)
			.json()
			.get("slots")
			.findValuesAsText("start")
			.stream()
			.map(OffsetDateTime::parse)
			.toList();
	}

	private List<String> startsOffered(Booked booked) {
		String date = OffsetDateTime.parse(booked.start()).toLocalDate().toString();
		JsonNode slots = this.api
			.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + date + "&therapistId="
					+ booked.therapistId())
			.json()
			.get("slots");
		return slots.findValuesAsText("start");
	}

	private Booked bookAndConfirm(String phone) {
		return this.bookings.bookAndConfirm(phone);
	}

	private Booked bookAndConfirm(String phone, String therapistId, String start) {
		return this.bookings.bookAndConfirm(phone, therapistId, start);
	}

}
