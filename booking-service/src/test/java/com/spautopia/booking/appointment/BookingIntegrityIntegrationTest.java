package com.spautopia.booking.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races and the rules that keep bookings honest: no time held twice or left unheld,
 * whatever path changed it; no client in two places at once; one booking per
 * Idempotency-Key; late moves; work spread over therapists.
 */
@EventFlowTest
class BookingIntegrityIntegrationTest {

	private static final String BACK_PAIN = ConfirmedBookings.BACK_PAIN;

	/**
	 * Days both seeded back pain therapists work.
	 */
	private static final DayOfWeek[] TUESDAY_TO_FRIDAY = { DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
			DayOfWeek.FRIDAY };

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
	void aBookingWithAKnownNumberChangesNeitherTheClientNorWhereTheirOtherBookingsMessagesGo() {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, "ewa-wisniewska", 4);
		String template = BookingApi.bookingJson(BACK_PAIN, "START", "NAME", "601300077")
			.replace("ada@example.com", "EMAIL")
			.replace("\"start\"", "\"therapistId\": \"ewa-wisniewska\", \"start\"");
		Response ada = this.api.post("/api/bookings",
				template.replace("START", day.firstStart())
					.replace("NAME", "Ada Lovelace")
					.replace("EMAIL", "ada@example.com"),
				null);
		assertThat(ada.status()).as(ada.body()).isEqualTo(201);
		this.topics.awaitBookingEvent(ada.json().get("id").asText(), AppointmentRequested.class);

		Response eve = this.api.post("/api/bookings",
				template.replace("START", day.lastStart())
					.replace("NAME", "Eve Intruder")
					.replace("EMAIL", "eve@example.com"),
				null);
		assertThat(eve.status()).as(eve.body()).isEqualTo(201);
		String adaId = ada.json().get("id").asText();
		assertThat(this.api.staff().post("/api/bookings/" + adaId + "/cancel", "{}", null).status()).isEqualTo(200);

		AppointmentCancelled cancelled = this.topics.awaitBookingEvent(adaId, AppointmentCancelled.class);
		assertThat(cancelled.client().name()).isEqualTo("Ada Lovelace");
		assertThat(cancelled.client().email()).as("the first booking's messages still go to its client")
			.isEqualTo("ada@example.com");
		AppointmentRequested eveRequested = this.topics.awaitBookingEvent(eve.json().get("id").asText(),
				AppointmentRequested.class);
		assertThat(eveRequested.client().email()).as("the second booking keeps the details it was made with")
			.isEqualTo("eve@example.com");
		JsonNode client = this.api.staff().get("/api/clients/" + cancelled.client().clientId()).json();
		assertThat(client.get("name").asText()).isEqualTo("Ada Lovelace");
		assertThat(client.get("email").asText()).isEqualTo("ada@example.com");
	}

	@Test
	void aNumberTheSpaDoesNotTextIsRefusedAndNothingIsBooked() {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, "ewa-wisniewska", 4);
		String json = BookingApi.bookingJson(BACK_PAIN, day.firstStart(), "Ada Lovelace", "PHONE")
			.replace("\"start\"", "\"therapistId\": \"ewa-wisniewska\", \"start\"");

		Response abroad = this.api.post("/api/bookings", json.replace("PHONE", "+44 7400 123456"), null);
		Response premium = this.api.post("/api/bookings", json.replace("PHONE", "701 234 567"), null);

		assertThat(abroad.status()).as(abroad.body()).isEqualTo(422);
		assertThat(abroad.json().get("type").asText()).endsWith("/phone-region-not-served");
		assertThat(abroad.json().get("detail").asText()).contains("PL");
		assertThat(premium.status()).as(premium.body()).isEqualTo(422);
		assertThat(premium.json().get("type").asText()).endsWith("/phone-not-textable");
		assertThat(this.api.post("/api/bookings", json.replace("PHONE", "601300099"), null).status())
			.as("the time is still free")
			.isEqualTo(201);
	}

	@Test
	void racingReschedulesOfOneBookingHoldItsNewTimeExactlyOnce() throws Exception {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, "ewa-wisniewska", 4);
		Booked booked = this.bookings.bookAndConfirm("601300001", "ewa-wisniewska", day.firstStart());
		String target = day.lastStart();

		List<Response> answers = race(10, () -> this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + target + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token())));

		assertThat(answers).extracting(Response::status)
			.as("moved, or refused as taken: never a 500")
			.allMatch((status) -> status == 200 || status == 409);
		JsonNode now = this.api.staff().get("/api/bookings/" + booked.id()).json();
		assertThat(OffsetDateTime.parse(now.get("start").asText())).isAtSameInstantAs(OffsetDateTime.parse(target));
		List<Reservation> held = this.schedule.reservations(Resource.therapist("ewa-wisniewska"), day.date())
			.stream()
			.filter((hold) -> hold.bookingId().equals(booked.id()))
			.toList();
		assertThat(held).singleElement()
			.satisfies((hold) -> assertThat(hold.start()).isEqualTo(OffsetDateTime.parse(target).toInstant()));
		assertThat(this.bookings.book("601300002", "ewa-wisniewska", target).status())
			.as("nobody else can book the time it moved to")
			.isEqualTo(409);
	}

	@Test
	void aClientCannotBookTwoTherapistsAtTheSameTime() {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, null, 5, TUESDAY_TO_FRIDAY);
		String start = startWithTwoTherapists(day);
		List<String> therapists = therapistsFreeAt(day, start);

		Response first = this.bookings.book("601300003", therapists.get(0), start);
		Response second = this.bookings.book("601300003", therapists.get(1), start);
		Response someoneElse = this.bookings.book("601300004", therapists.get(1), start);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("type").asText()).endsWith("/client-busy");
		assertThat(second.json().get("detail").asText()).contains("already have an appointment");
		assertThat(someoneElse.status()).as("the second therapist's time was given back").isEqualTo(201);
	}

	@Test
	void racingBookingsOfOneClientAtOneTimeGiveOneBooking() throws Exception {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, null, 6, TUESDAY_TO_FRIDAY);
		String start = startWithTwoTherapists(day);
		List<String> therapists = therapistsFreeAt(day, start);

		List<Response> answers = race(therapists.size(),
				therapists.stream()
					.map((therapist) -> (Callable<Response>) () -> this.bookings.book("601300005", therapist, start))
					.toList());

		assertThat(answers).extracting(Response::status).containsOnlyOnce(201).containsOnly(201, 409);
	}

	@Test
	void racingRequestsWithOneIdempotencyKeyMakeOneBooking() throws Exception {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String json = bookingJson(BACK_PAIN, slot.get("start").asText(), "Grace Hopper", "601300006");

		List<Response> answers = race(5, () -> this.api.post("/api/bookings", json, "key-601300006"));
		Response retried = this.api.post("/api/bookings", json, "key-601300006");

		assertThat(answers).extracting(Response::status)
			.as("the booking, or a conflict while its twin is still being made (requests that come after it "
					+ "all get the booking)")
			.isSubsetOf(201, 409)
			.contains(201);
		Set<String> ids = answers.stream()
			.filter((answer) -> answer.status() == 201)
			.map((answer) -> answer.json().get("id").asText())
			.collect(Collectors.toSet());
		assertThat(ids).hasSize(1);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.json().get("id").asText()).isEqualTo(ids.iterator().next());
		assertThat(this.mongo.count(Query.query(Criteria.where("idempotency.key").is("key-601300006")), "bookings"))
			.isOne();
		assertThat(this.mongo.collectionExists("idempotency_keys")).as("the key lives in the booking").isFalse();
		Response reused = this.api.post("/api/bookings", json.replace("Grace Hopper", "Ada Lovelace"), "key-601300006");
		assertThat(reused.status()).isEqualTo(422);
	}

	@Test
	void aMoveInsideTheLateWindowIsLateAndSoIsACancellationAfterIt() {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, "maria-nowak", 3);
		Booked booked = this.bookings.bookAndConfirm("601300007", "maria-nowak", day.firstStart());
		this.clock.setTo(OffsetDateTime.parse(booked.start()).toInstant().minus(Duration.ofHours(3)));
		String nextWeek = FreeTime.at(base(), this.clock).nextDay(BACK_PAIN, "maria-nowak", 7).firstStart();

		Response moved = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + nextWeek + "\"}", Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		Response cancelled = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("movedLate").asBoolean()).isTrue();
		assertThat(cancelled.json().get("cancellation").get("late").asBoolean())
			.as("a week ahead now, but moved inside the window")
			.isTrue();
	}

	@Test
	void bookingsForAnyTherapistAreSpreadOverTheQualifiedTherapists() {
		FreeDay day = FreeTime.at(base()).nextDay(BACK_PAIN, null, 8, TUESDAY_TO_FRIDAY);
		Set<String> chosen = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			String start = day.slots().get(i * 4).get("start").asText();
			Response booked = this.api.post("/api/bookings",
					bookingJson(BACK_PAIN, start, "Client " + i, "60130010" + i), null);
			assertThat(booked.status()).as(booked.body()).isEqualTo(201);
			chosen.add(booked.json().get("therapistId").asText());
		}

		assertThat(chosen).as("not always the same therapist").hasSizeGreaterThan(1);
	}

	private String startWithTwoTherapists(FreeDay day) {
		return day.slots()
			.findValuesAsText("start")
			.stream()
			.filter((start) -> therapistsFreeAt(day, start).size() >= 2)
			.findFirst()
			.orElseThrow();
	}

	private List<String> therapistsFreeAt(FreeDay day, String start) {
		List<String> therapists = new ArrayList<>();
		for (JsonNode therapist : this.api.get("/api/therapists").json()) {
			String id = therapist.get("id").asText();
			JsonNode slots = this.api
				.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day.date() + "&therapistId=" + id)
				.json()
				.get("slots");
			if (slots.findValuesAsText("start").contains(start)) {
				therapists.add(id);
			}
		}
		return therapists;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static List<Response> race(int count, Callable<Response> call) throws Exception {
		return race(count, Collections.nCopies(count, call));
	}

	private static List<Response> race(int count, List<Callable<Response>> calls) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
			List<Future<Response>> futures = pool.invokeAll(calls);
			List<Response> answers = new ArrayList<>();
			for (Future<Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
	}

}
