package com.spautopia.booking.waitlist;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import com.spautopia.events.Money;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.testsupport.time.FreeTime;
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
		Booked booked = bookOnAMonday("697211001");
		LocalDate day = dayOf(booked);
		dayBefore(day);
		String first = join(day, "697211002");
		this.clock.setTo(this.clock.instant().plusSeconds(1));
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
		assertThat(this.bookings.book("697211004", booked.therapistId(), booked.start()).status())
			.as("still held, for the second client")
			.isEqualTo(409);
		assertThat(claim(offer).status()).as("the first client's expired offer").isEqualTo(410);
		Response wrongToken = this.api.post("/api/waitlist/offers/" + next.offerId() + "/claim?token=" + tokenOf(offer),
				"", null);
		assertThat(wrongToken.status()).isEqualTo(404);
		assertThat(wrongToken.contentType()).startsWith("application/problem+json");

		Response shown = this.api.get("/api/waitlist/offers/" + next.offerId() + "?token=" + tokenOf(next));
		assertThat(shown.json().get("status").asText()).isEqualTo("OFFERED");
		assertThat(OffsetDateTime.parse(shown.json().get("offered").get("start").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse(booked.start()));

		Response claimed = claim(next);

		assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
		String bookingId = claimed.json().get("bookingId").asText();
		AppointmentRequested requested = this.topics.awaitBookingEvent(bookingId, AppointmentRequested.class);
		assertThat(requested.fillsSlotFreedBy()).isEqualTo(booked.id());
		assertThat(requested.client().phone()).isEqualTo("+48697211003");
		this.topics.publish(new PromotionEvaluated(bookingId, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, this.clock.instant()), "/spa-utopia/promotion-service");
		assertThat(this.topics.awaitBookingEvent(bookingId, AppointmentConfirmed.class).appointment().start())
			.isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(claim(next).json().get("bookingId").asText()).as("claiming again").isEqualTo(bookingId);
		WaitlistOfferEnded taken = ended(booked.id(), next.offerId()).orElseThrow();
		assertThat(taken.outcome()).isEqualTo(WaitlistOfferEnded.Outcome.CLAIMED);
		assertThat(taken.claimedBookingId()).isEqualTo(bookingId);
		assertThat(typesOf(booked.id())).containsSubsequence("AppointmentCancelled", "SlotFreed", "WaitlistOfferMade",
				"WaitlistOfferEnded", "WaitlistOfferMade", "WaitlistOfferEnded");
		assertThat(this.mongo.findById(second, WaitlistEntry.class).status()).isEqualTo(WaitlistEntry.Status.FULFILLED);
		assertThat(this.mongo.findById(first, WaitlistEntry.class).status()).isEqualTo(WaitlistEntry.Status.WAITING);
	}

	@Test
	void concurrentClaimsAndAnOrdinaryBookingOfTheHeldTimeMakeOneBooking() throws Exception {
		moveTo(45, LocalTime.NOON);
		Booked booked = bookOnAMonday("697211021");
		dayBefore(dayOf(booked));
		String waiting = join(dayOf(booked), "697211022");
		cancel(booked);
		WaitlistOfferMade offer = awaitOffer(booked.id(), waiting);

		ExecutorService threads = Executors.newFixedThreadPool(9);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Response>> claims = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			claims.add(threads.submit(() -> {
				go.await();
				return claim(offer);
			}));
		}
		Future<Response> ordinary = threads.submit(() -> {
			go.await();
			return this.bookings.book("697211023", booked.therapistId(), booked.start());
		});
		go.countDown();
		Set<String> bookingIds = new HashSet<>();
		for (Future<Response> claim : claims) {
			Response answer = claim.get(60, TimeUnit.SECONDS);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			bookingIds.add(answer.json().get("bookingId").asText());
		}
		assertThat(ordinary.get(60, TimeUnit.SECONDS).status()).isEqualTo(409);
		threads.shutdown();

		assertThat(bookingIds).hasSize(1);
		Instant start = OffsetDateTime.parse(booked.start()).toInstant();
		assertThat(this.mongo.find(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("time.start")
				.is(start)
				.and("status")
				.ne("CANCELLED")), org.bson.Document.class, "bookings"))
			.hasSize(1)
			.allSatisfy((booking) -> assertThat(booking.getString("_id")).isEqualTo(bookingIds.iterator().next()));
	}

	private Response claim(WaitlistOfferMade offer) {
		return this.api.post("/api/waitlist/offers/" + offer.offerId() + "/claim?token=" + tokenOf(offer), "", null);
	}

	private String tokenOf(WaitlistOfferMade offer) {
		String link = SealedLinks.withKey(this.sealingKey).open(offer.claimUrl(), offer.offerId());
		return link.substring(link.indexOf("&token=") + "&token=".length());
	}

	@Test
	void timeFreedInQuietHoursIsOfferedWhenTheyEnd() {
		moveTo(35, LocalTime.NOON);
		Booked booked = bookOnAMonday("697211011");
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

	/**
	 * A confirmed booking on a Monday after the clock's day: the other tests of the
	 * shared context that close days (ClosuresIntegrationTest) take Tuesdays to Fridays.
	 */
	private Booked bookOnAMonday(String phone) {
		JsonNode slot = FreeTime.at("http://localhost:" + this.port, this.clock)
			.firstSlot("back-pain-desk-workers", "maria-nowak", 3, DayOfWeek.MONDAY);
		return this.bookings.bookAndConfirm(phone, "maria-nowak", slot.get("start").asText());
	}

	private void moveTo(int daysAhead, LocalTime time) {
		LocalDate today = this.clock.instant().atZone(this.spa.timeZone()).toLocalDate();
		this.clock.setTo(today.plusDays(daysAhead).atTime(time).atZone(this.spa.timeZone()).toInstant());
	}

	/**
	 * Noon the day before a booking's: its time is far enough ahead to be offered (the
	 * first free time may be on the day the clock was moved to).
	 */
	private void dayBefore(LocalDate day) {
		this.clock.setTo(day.minusDays(1).atTime(LocalTime.NOON).atZone(this.spa.timeZone()).toInstant());
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
