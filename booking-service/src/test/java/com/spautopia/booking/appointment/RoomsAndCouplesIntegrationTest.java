package com.spautopia.booking.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import com.spautopia.testsupport.time.WallClock;
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
import static org.awaitility.Awaitility.await;

/**
 * A booking needs a free room of its treatment's kind as well as its therapists, and a
 * couples massage two therapists and the double room at once, all held or none. Each test
 * books on days of its own, weeks ahead, so that the seeded rooms are free for it.
 */
@EventFlowTest
class RoomsAndCouplesIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	private static final String COUPLES = "couples-swedish";

	private static final String DOUBLE_ROOM = "rose-suite";

	private static final Set<String> SINGLE_ROOMS = Set.of("lavender", "jasmine", "cedar");

	/** Days every seeded therapist works. */
	private static final DayOfWeek[] TUESDAY_TO_FRIDAY = { DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
			DayOfWeek.FRIDAY };

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Schedule schedule;

	private BookingApi api;

	private EventTopics topics;

	@BeforeEach
	void connect() {
		this.api = new BookingApi(this.port);
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	@Test
	void aTimeWhenEverySingleRoomIsTakenIsNotOfferedThoughATherapistIsFree() {
		FreeDay day = FreeTime.at(base()).nextDay("sports", "piotr-zielinski", 20, TUESDAY_TO_FRIDAY);
		String start = day.slots()
			.findValuesAsText("start")
			.stream()
			.filter((time) -> offered(BACK_PAIN, "maria-nowak", day.date(), time)
					&& offered("deep-tissue", "jan-kowalski", day.date(), time)
					&& offered(BACK_PAIN, "ewa-wisniewska", day.date(), time))
			.findFirst()
			.orElseThrow();

		List<String> rooms = new ArrayList<>();
		String janBooking = null;
		for (String[] booking : new String[][] { { BACK_PAIN, "maria-nowak", "601300901" },
				{ "deep-tissue", "jan-kowalski", "601300902" }, { BACK_PAIN, "ewa-wisniewska", "601300903" } }) {
			Response booked = book(booking[0], booking[1], start, booking[2]);
			assertThat(booked.status()).as(booked.body()).isEqualTo(201);
			rooms.add(booked.json().get("roomId").asText());
			if (booking[1].equals("jan-kowalski")) {
				janBooking = booked.json().get("id").asText();
			}
		}

		assertThat(rooms).as("each in a single room of its own").containsExactlyInAnyOrderElementsOf(SINGLE_ROOMS);
		Instant at = OffsetDateTime.parse(start).toInstant();
		assertThat(this.schedule.reservations(Resource.therapist("piotr-zielinski"), day.date()))
			.as("Piotr is free then")
			.noneMatch((held) -> held.overlaps(at, at.plus(Duration.ofMinutes(55))));
		assertThat(offered("sports", "piotr-zielinski", day.date(), start)).as("but no room is").isFalse();
		assertThat(offered("sports", null, day.date(), start)).isFalse();
		Response refused = book("sports", "piotr-zielinski", start, "601300904");
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("type").asText()).endsWith("/slot-taken");

		assertThat(this.api.staff().post("/api/bookings/" + janBooking + "/cancel", "{}", null).status())
			.isEqualTo(200);
		assertThat(offered("sports", "piotr-zielinski", day.date(), start)).as("the room is free again").isTrue();
		assertThat(book("sports", "piotr-zielinski", start, "601300904").status()).isEqualTo(201);
	}

	@Test
	void aCouplesMassageHoldsTwoTherapistsAndTheDoubleRoomAndMovesAndFreesThemAll() {
		FreeDay day = FreeTime.at(base()).nextDay(COUPLES, null, 24, TUESDAY_TO_FRIDAY);
		String start = day.firstStart();

		Response created = this.api.post("/api/bookings", bookingJson(COUPLES, start, "Ada and Charles", "601300911"),
				null);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode booking = created.json();
		String id = booking.get("id").asText();
		assertThat(List.of(booking.get("therapistId").asText(), booking.get("secondTherapistId").asText()))
			.containsExactlyInAnyOrder("maria-nowak", "ewa-wisniewska");
		assertThat(booking.get("secondTherapistName").asText()).isNotBlank();
		assertThat(booking.get("roomId").asText()).isEqualTo(DOUBLE_ROOM);
		assertThat(booking.get("roomName").asText()).isEqualTo("Rose Suite");
		Instant at = OffsetDateTime.parse(start).toInstant();
		assertThat(heldAt(id, day.date(), at)).containsExactlyInAnyOrder(Resource.therapist("maria-nowak"),
				Resource.therapist("ewa-wisniewska"), Resource.room(DOUBLE_ROOM),
				Resource.clientWithPhone("+48601300911"));
		AppointmentRequested requested = this.topics.awaitBookingEvent(id, AppointmentRequested.class);
		assertThat(requested.appointment().room()).isNotNull();
		assertThat(requested.appointment().room().id()).isEqualTo(DOUBLE_ROOM);
		assertThat(offered(COUPLES, null, day.date(), start)).isFalse();
		assertThat(offered("swedish", "maria-nowak", day.date(), start)).as("Maria gives the couples massage")
			.isFalse();

		confirm(id, booking.get("manageToken").asText());
		FreeTime free = FreeTime.at(base());
		int nextDay = (int) ChronoUnit.DAYS.between(free.calendar().today(), day.date()) + 1;
		String later = free.nextDay(COUPLES, null, nextDay, TUESDAY_TO_FRIDAY).lastStart();
		Response moved = this.api.staff()
			.post("/api/bookings/" + id + "/reschedule", "{\"start\": \"" + later + "\"}", null);

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		LocalDate laterDay = OffsetDateTime.parse(later).toLocalDate();
		assertThat(heldAt(id, laterDay, OffsetDateTime.parse(later).toInstant())).hasSize(4)
			.contains(Resource.room(DOUBLE_ROOM));
		assertThat(heldOn(id, day.date())).as("the old time is free on every resource").isEmpty();
		assertThat(this.topics.awaitBookingEvent(id, AppointmentRescheduled.class).appointment().room().id())
			.isEqualTo(DOUBLE_ROOM);
		assertThat(offered(COUPLES, null, day.date(), start)).isTrue();

		assertThat(this.api.staff().post("/api/bookings/" + id + "/cancel", "{}", null).status()).isEqualTo(200);
		assertThat(heldOn(id, laterDay)).as("cancelling frees both therapists, the room and the client").isEmpty();
		assertThat(this.topics.awaitBookingEvent(id, AppointmentCancelled.class).appointment().room().name())
			.isEqualTo("Rose Suite");
	}

	@Test
	void aCouplesMassageWithATherapistAskedForPairsThemWithAnotherQualifiedOne() {
		FreeDay day = FreeTime.at(base()).nextDay(COUPLES, "ewa-wisniewska", 26, TUESDAY_TO_FRIDAY);

		Response created = book(COUPLES, "ewa-wisniewska", day.middleStart(), "601300921");

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("therapistId").asText()).isEqualTo("ewa-wisniewska");
		assertThat(created.json().get("secondTherapistId").asText()).isEqualTo("maria-nowak");
		Response jan = book(COUPLES, "jan-kowalski", day.middleStart(), "601300922");
		assertThat(jan.status()).as("Jan gives no Swedish massage").isEqualTo(422);
	}

	@Test
	void racingRequestsForTheLastDoubleRoomGiveOneBookingAndLeaveNoHoldBehind() throws Exception {
		FreeDay day = FreeTime.at(base()).nextDay(COUPLES, null, 28, TUESDAY_TO_FRIDAY);
		String start = day.middleStart();
		Instant at = OffsetDateTime.parse(start).toInstant();

		List<Response> answers = race(IntStream.range(0, 8)
			.mapToObj((i) -> (Callable<Response>) () -> this.api.post("/api/bookings",
					bookingJson(COUPLES, start, "Couple " + i, "60130093" + i), null))
			.toList());

		assertThat(answers).extracting(Response::status).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(answers).filteredOn((answer) -> answer.status() == 409).allSatisfy((answer) -> {
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("type").asText()).endsWith("/slot-taken");
		});
		String winner = answers.stream()
			.filter((answer) -> answer.status() == 201)
			.findFirst()
			.orElseThrow()
			.json()
			.get("id")
			.asText();
		assertThat(this.mongo
			.count(Query.query(Criteria.where("time.treatmentId").is(COUPLES).and("time.start").is(at)), "bookings"))
			.isOne();
		for (Resource resource : List.of(Resource.therapist("maria-nowak"), Resource.therapist("ewa-wisniewska"),
				Resource.room(DOUBLE_ROOM))) {
			assertThat(this.schedule.reservations(resource, day.date()))
				.filteredOn((held) -> held.overlaps(at, at.plus(Duration.ofMinutes(60))))
				.as("only the booking holds %s then", resource.key())
				.extracting(Reservation::bookingId)
				.containsExactly(winner);
		}
		for (int i = 0; i < 8; i++) {
			assertThat(this.schedule.reservations(Resource.clientWithPhone("+4860130093" + i), day.date()))
				.allSatisfy((held) -> assertThat(held.bookingId()).isEqualTo(winner));
		}
	}

	private Response book(String treatmentId, String therapistId, String start, String phone) {
		return this.api.post("/api/bookings", bookingJson(treatmentId, start, "Ada Lovelace", phone)
			.replace("\"start\"", "\"therapistId\": \"" + therapistId + "\", \"start\""), null);
	}

	private boolean offered(String treatmentId, String therapistId, LocalDate date, String start) {
		JsonNode slots = this.api
			.get("/api/availability?treatmentId=" + treatmentId + "&date=" + date
					+ ((therapistId != null) ? "&therapistId=" + therapistId : ""))
			.json()
			.get("slots");
		return slots.findValuesAsText("start").contains(start);
	}

	private void confirm(String id, String token) {
		this.topics.publish(new PromotionEvaluated(id, Money.of("380", "PLN"), Money.zero("PLN"),
				Money.of("380", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.getWithHeaders("/api/bookings/" + id, Map.of(BookingController.MANAGE_TOKEN, token))
				.json()
				.get("status")
				.asText()
				.equals("CONFIRMED"));
	}

	/** The resources on which a booking holds time from a start. */
	private List<Resource> heldAt(String bookingId, LocalDate date, Instant start) {
		List<Resource> held = new ArrayList<>();
		for (Resource resource : resources()) {
			if (this.schedule.reservations(resource, date)
				.stream()
				.anyMatch((hold) -> hold.bookingId().equals(bookingId) && hold.start().equals(start))) {
				held.add(resource);
			}
		}
		return held;
	}

	/** What a booking holds on a day, on any resource it could. */
	private List<Reservation> heldOn(String bookingId, LocalDate date) {
		return resources().stream()
			.flatMap((resource) -> this.schedule.reservations(resource, date).stream())
			.filter((hold) -> hold.bookingId().equals(bookingId))
			.toList();
	}

	private static List<Resource> resources() {
		return List.of(Resource.therapist("maria-nowak"), Resource.therapist("ewa-wisniewska"),
				Resource.therapist("jan-kowalski"), Resource.therapist("piotr-zielinski"), Resource.room(DOUBLE_ROOM),
				Resource.room("lavender"), Resource.room("jasmine"), Resource.room("cedar"),
				Resource.clientWithPhone("+48601300911"));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static List<Response> race(List<Callable<Response>> calls) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
			List<Response> answers = new ArrayList<>();
			for (Future<Response> future : pool.invokeAll(calls)) {
				answers.add(future.get());
			}
			return answers;
		}
	}

}
