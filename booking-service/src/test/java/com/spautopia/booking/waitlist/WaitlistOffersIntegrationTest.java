package com.spautopia.booking.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Freed time is offered to the waiting clients one at a time, in the order they joined,
 * held for the one offered it; an offer that expires goes to the next; offers wait out
 * quiet hours. Each test moves the clock weeks ahead (to its own days, at a time of day
 * it chooses), so that no other test's waiting clients are in its line.
 */
@EventFlowTest
class WaitlistOffersIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	@Autowired
	SpaProperties spa;

	@Autowired
	Offers offers;

	@Autowired
	MongoTemplate mongo;

	@Value("${spa.manage-links.sealing-key}")
	String sealingKey;

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
	void freedTimeIsHeldForTheFirstToJoinAndGoesToTheNextWhenTheOfferExpires() {
		moveTo(25, LocalTime.NOON);
		Booked booked = this.bookings.bookAndConfirm("697211001");
		LocalDate day = dayOf(booked);
		String first = join(day, "697211002");
		String second = join(day, "697211003");

		cancel(booked);

		WaitlistOfferMade offer = awaitOffer(booked.id(), first);
		assertThat(offer.offered().start()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(offer.offered().therapistId()).isEqualTo(booked.therapistId());
		assertThat(offer.client().phone()).isEqualTo("+48697211002");
		assertThat(offer.expiresAt()).isEqualTo(offer.offeredAt().plus(Duration.ofMinutes(15)));
		assertThat(offer.claimUrl()).startsWith(SealedLinks.PREFIX);
		assertThat(SealedLinks.withKey(this.sealingKey).open(offer.claimUrl(), offer.offerId()))
			.contains("claim.html?offer=" + offer.offerId() + "&token=");
		assertThat(freeStarts(day, booked.therapistId())).as("held time is not on the booking page")
			.doesNotContain(OffsetDateTime.parse(booked.start()).toInstant());
		Response ordinary = this.bookings.book("697211004", booked.therapistId(), booked.start());
		assertThat(ordinary.status()).as("an ordinary booking of held time").isEqualTo(409);

		this.clock.setTo(offer.expiresAt().plusSeconds(1));
		this.offers.expireDue();

		WaitlistOfferMade next = awaitOffer(booked.id(), second);
		assertThat(next.offerId()).isNotEqualTo(offer.offerId());
		assertThat(next.offered().start()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		WaitlistOfferEnded expired = ended(booked.id(), offer.offerId()).orElseThrow();
		assertThat(expired.outcome()).isEqualTo(WaitlistOfferEnded.Outcome.EXPIRED);
		assertThat(expired.waitlistEntryId()).isEqualTo(first);
		assertThat(typesOf(booked.id())).containsSubsequence("AppointmentCancelled", "SlotFreed", "WaitlistOfferMade",
				"WaitlistOfferEnded", "WaitlistOfferMade");
		assertThat(this.bookings.book("697211004", booked.therapistId(), booked.start()).status())
			.as("still held, for the second client")
			.isEqualTo(409);
	}

	@Test
	void timeFreedInQuietHoursIsOfferedWhenTheyEnd() {
		moveTo(35, LocalTime.NOON);
		Booked booked = this.bookings.bookAndConfirm("697211011");
		LocalDate day = dayOf(booked);
		String waiting = join(day, "697211012");
		Instant evening = day.minusDays(2).atTime(22, 30).atZone(this.spa.timeZone()).toInstant();
		this.clock.setTo(evening);

		cancel(booked);

		await().atMost(Duration.ofSeconds(20)).until(() -> pendingUntil(booked.id()).isPresent());
		Instant morning = day.minusDays(1).atTime(8, 0).atZone(this.spa.timeZone()).toInstant();
		assertThat(pendingUntil(booked.id())).contains(morning);
		assertThat(offersOf(booked.id())).as("nothing offered in quiet hours").isEmpty();

		this.clock.setTo(morning);
		this.offers.offerDue();

		assertThat(awaitOffer(booked.id(), waiting).offeredAt()).isEqualTo(morning);
	}

	private void moveTo(int daysAhead, LocalTime time) {
		LocalDate today = this.clock.instant().atZone(this.spa.timeZone()).toLocalDate();
		this.clock.setTo(today.plusDays(daysAhead).atTime(time).atZone(this.spa.timeZone()).toInstant());
	}

	private LocalDate dayOf(Booked booked) {
		return OffsetDateTime.parse(booked.start()).atZoneSameInstant(this.spa.timeZone()).toLocalDate();
	}

	private String join(LocalDate day, String phone) {
		Response joined = this.api.post("/api/waitlist", """
				{"treatmentId": "%s", "from": "%s", "to": "%s", "earliest": "07:00", "latest": "22:00",
				 "client": {"name": "Grace Hopper", "phone": "%s", "email": "grace@example.com",
				            "smsConsent": true, "marketingConsent": false, "language": "en"}}"""
			.formatted(ConfirmedBookings.BACK_PAIN, day, day, phone), null);
		assertThat(joined.status()).as(joined.body()).isEqualTo(201);
		return joined.json().get("id").asText();
	}

	private void cancel(Booked booked) {
		Response cancelled = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of("X-Manage-Token", booked.token()));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
	}

	private List<Instant> freeStarts(LocalDate day, String therapistId) {
		JsonNode slots = this.api
			.get("/api/availability?treatmentId=" + ConfirmedBookings.BACK_PAIN + "&date=" + day + "&therapistId="
					+ therapistId)
			.json()
			.get("slots");
		return slots.findValuesAsText("start")
			.stream()
			.map((start) -> OffsetDateTime.parse(start).toInstant())
			.toList();
	}

	private WaitlistOfferMade awaitOffer(String freedBookingId, String entryId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> offersOf(freedBookingId).stream().anyMatch((made) -> made.waitlistEntryId().equals(entryId)));
		return offersOf(freedBookingId).stream()
			.filter((made) -> made.waitlistEntryId().equals(entryId))
			.findFirst()
			.orElseThrow();
	}

	private List<WaitlistOfferMade> offersOf(String freedBookingId) {
		return eventsOf(freedBookingId).stream()
			.filter(WaitlistOfferMade.class::isInstance)
			.map(WaitlistOfferMade.class::cast)
			.toList();
	}

	private Optional<WaitlistOfferEnded> ended(String freedBookingId, String offerId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> eventsOf(freedBookingId).stream()
				.anyMatch((event) -> event instanceof WaitlistOfferEnded end && end.offerId().equals(offerId)));
		return eventsOf(freedBookingId).stream()
			.filter(WaitlistOfferEnded.class::isInstance)
			.map(WaitlistOfferEnded.class::cast)
			.filter((end) -> end.offerId().equals(offerId))
			.findFirst();
	}

	private List<SpaEvent> eventsOf(String bookingId) {
		return this.topics.events(Topics.BOOKING_EVENTS)
			.stream()
			.map(EventEnvelope::data)
			.filter((event) -> event.aggregateId().equals(bookingId))
			.toList();
	}

	private List<String> typesOf(String bookingId) {
		return eventsOf(bookingId).stream().map((event) -> event.getClass().getSimpleName()).toList();
	}

	private Optional<Instant> pendingUntil(String freedBookingId) {
		return this.mongo
			.find(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("freedBookingId")
					.is(freedBookingId)
					.and("status")
					.is(WaitlistOffer.Status.PENDING)), WaitlistOffer.class)
			.stream()
			.map(WaitlistOffer::offerAt)
			.findFirst();
	}

}
