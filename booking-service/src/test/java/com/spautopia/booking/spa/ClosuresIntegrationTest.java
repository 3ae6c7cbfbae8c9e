package com.spautopia.booking.spa;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closures and special hours: no time is offered or booked outside them, and a day with
 * bookings is not closed over them. Days are picked from the spa's calendar weeks ahead;
 * every test reopens the days it closed, since other tests share the context.
 */
@EventFlowTest
class ClosuresIntegrationTest {

	private static final String BACK_PAIN = ConfirmedBookings.BACK_PAIN;

	private static final DayOfWeek[] TUESDAY_TO_FRIDAY = { DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
			DayOfWeek.FRIDAY };

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	private BookingApi api;

	private EventTopics topics;

	/** The days the tests have taken, so that each has its days to itself. */
	private static final Set<LocalDate> TAKEN = ConcurrentHashMap.newKeySet();

	private final List<LocalDate> closed = new ArrayList<>();

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void reopen() {
		this.closed.forEach((date) -> this.api.staff().delete("/api/spa/closures/" + date));
		this.clock.reset();
		this.topics.close();
	}

	@Test
	void aClosedDayOffersNoTimeAndRefusesBookingsUntilItIsReopened() {
		FreeDay day = dayOfItsOwn(BACK_PAIN, null, 30);

		Response closure = close(day.date(), "{\"closed\": true, \"reason\": \"Staff training\"}");

		assertThat(closure.status()).as(closure.body()).isEqualTo(200);
		assertThat(closure.json().get("closed").asBoolean()).isTrue();
		JsonNode availability = availability(BACK_PAIN, day.date());
		assertThat(availability.get("slots")).isEmpty();
		assertThat(availability.get("spaHours").isNull()).isTrue();
		Response refused = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, day.firstStart(), "Ada Lovelace", "601700001"), null);
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asText()).endsWith("/spa-closed");
		assertThat(refused.json().get("detail").asText()).contains("closed").contains("Staff training");
		assertThat(this.api.staff().get("/api/spa/closures").json().findValuesAsText("date"))
			.contains(day.date().toString());

		assertThat(this.api.staff().delete("/api/spa/closures/" + day.date()).status()).isEqualTo(204);
		assertThat(this.api.staff().get("/api/spa/closures").json().findValuesAsText("date"))
			.doesNotContain(day.date().toString());
		assertThat(availability(BACK_PAIN, day.date()).get("slots")).isNotEmpty();
		assertThat(this.api
			.post("/api/bookings", bookingJson(BACK_PAIN, day.firstStart(), "Ada Lovelace", "601700001"), null)
			.status()).isEqualTo(201);
	}

	@Test
	void specialHoursOfferAndBookOnlyTimesInsideThem() {
		SpaCalendar calendar = FreeTime.at(base(), this.clock).calendar();
		LocalDate saturday = calendar.next(32, (day) -> day.getDayOfWeek() == DayOfWeek.SATURDAY && TAKEN.add(day));

		Response closure = close(saturday,
				"{\"opens\": \"10:00\", \"closes\": \"13:00\", \"reason\": \"A shorter Saturday\"}");

		assertThat(closure.status()).as(closure.body()).isEqualTo(200);
		JsonNode availability = availability("swedish", saturday);
		assertThat(availability.get("spaHours").get("closes").asText()).startsWith("13:00");
		assertThat(availability.get("slots")).isNotEmpty().allSatisfy((slot) -> {
			assertThat(OffsetDateTime.parse(slot.get("start").asText()).toLocalTime())
				.isAfterOrEqualTo(LocalTime.of(10, 0));
			assertThat(OffsetDateTime.parse(slot.get("end").asText()).toLocalTime())
				.isBeforeOrEqualTo(LocalTime.of(13, 0));
		});
		Response afternoon = this.api.post("/api/bookings", bookingJson("swedish",
				calendar.at(saturday, LocalTime.of(15, 0)).toOffsetDateTime().toString(), "Ada Lovelace", "601700011"),
				null);
		assertThat(afternoon.status()).as(afternoon.body()).isEqualTo(422);
		assertThat(afternoon.json().get("type").asText()).endsWith("/spa-closed");
		assertThat(afternoon.json().get("detail").asText()).contains("10:00-13:00");
		String morning = availability.get("slots").get(0).get("start").asText();
		Response booked = this.api.post("/api/bookings", bookingJson("swedish", morning, "Ada Lovelace", "601700011"),
				null);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		Response closedOverIt = close(saturday, "{\"closed\": true}");
		assertThat(closedOverIt.status()).as(closedOverIt.body()).isEqualTo(409);
		assertThat(closedOverIt.json().get("bookings").findValuesAsText("bookingId"))
			.containsExactly(booked.json().get("id").asText());
		Response stillFits = close(saturday, "{\"opens\": \"" + OffsetDateTime.parse(morning).toLocalTime()
				+ "\", \"closes\": \"12:00\", \"reason\": \"Even shorter\"}");
		assertThat(stillFits.status()).as("the booking fits the new hours: " + stillFits.body()).isEqualTo(200);
	}

	@Test
	void aDayWithBookingsIsNotClosedAndTheProblemListsThemForStaffToMove() {
		FreeDay day = dayOfItsOwn(BACK_PAIN, "maria-nowak", 34);
		ConfirmedBookings bookings = new ConfirmedBookings(this.api, this.topics);
		Booked first = bookings.bookAndConfirm("601700021", "maria-nowak", day.firstStart());
		Response second = bookings.book("601700022", "maria-nowak", day.lastStart());
		assertThat(second.status()).as(second.body()).isEqualTo(201);

		Response refused = close(day.date(), "{\"closed\": true, \"reason\": \"Burst pipe\"}");

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asText()).endsWith("/bookings-on-closed-day");
		assertThat(refused.json().get("detail").asText()).contains("2 booking(s)");
		JsonNode listed = refused.json().get("bookings");
		assertThat(listed.findValuesAsText("bookingId")).containsExactly(first.id(), second.json().get("id").asText());
		assertThat(listed.get(0).get("treatmentId").asText()).isEqualTo(BACK_PAIN);
		assertThat(listed.get(0).get("therapistIds").get(0).asText()).isEqualTo("maria-nowak");
		assertThat(OffsetDateTime.parse(listed.get(0).get("start").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse(day.firstStart()));
		assertThat(this.api.staff().get("/api/spa/closures?from=" + day.date()).json().findValuesAsText("date"))
			.as("nothing changed")
			.doesNotContain(day.date().toString());
		assertThat(availability(BACK_PAIN, day.date()).get("slots")).isNotEmpty();

		String nextWeek = dayOfItsOwn(BACK_PAIN, "maria-nowak", 41).firstStart();
		Response moved = this.api.staff()
			.post("/api/bookings/" + first.id() + "/reschedule", "{\"start\": \"" + nextWeek + "\"}", null);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(this.api.staff()
			.post("/api/bookings/" + second.json().get("id").asText() + "/cancel", "{}", null)
			.status()).isEqualTo(200);
		assertThat(close(day.date(), "{\"closed\": true, \"reason\": \"Burst pipe\"}").status())
			.as("once staff moved and cancelled them")
			.isEqualTo(200);
	}

	@Test
	void aBookingCannotBeMovedToAClosedDay() {
		Booked booked = new ConfirmedBookings(this.api, this.topics).bookAndConfirm("601700031", "maria-nowak",
				dayOfItsOwn(BACK_PAIN, "maria-nowak", 36).firstStart());
		FreeDay closedDay = dayOfItsOwn(BACK_PAIN, "maria-nowak", 38);
		assertThat(close(closedDay.date(), "{\"closed\": true, \"reason\": \"Holiday\"}").status()).isEqualTo(200);

		Response moved = this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + closedDay.firstStart() + "\"}", Map.of("X-Manage-Token", booked.token()));

		assertThat(moved.status()).as(moved.body()).isEqualTo(422);
		assertThat(moved.json().get("type").asText()).endsWith("/spa-closed");
		assertThat(
				OffsetDateTime.parse(this.api.staff().get("/api/bookings/" + booked.id()).json().get("start").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
	}

	@Test
	void closuresAreForStaffAndInvalidOnesAreProblems() {
		LocalDate day = FreeTime.at(base(), this.clock).calendar().next(40, (date) -> true);
		String body = "{\"closed\": true}";

		assertThat(this.api.put("/api/spa/closures/" + day, body).status()).isEqualTo(401);
		assertThat(this.api.as(TestTokens.marketing()).put("/api/spa/closures/" + day, body).status()).isEqualTo(403);
		assertThat(this.api.get("/api/spa/closures").status()).isEqualTo(401);
		assertThat(this.api.delete("/api/spa/closures/" + day).status()).isEqualTo(401);
		Response both = close(day, "{\"closed\": true, \"opens\": \"10:00\", \"closes\": \"12:00\"}");
		Response backwards = close(day, "{\"opens\": \"14:00\", \"closes\": \"10:00\"}");
		Response past = close(FreeTime.at(base(), this.clock).calendar().today().minusDays(1), body);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.json().get("errors").findValuesAsText("field")).containsExactly("eitherClosedOrHours");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(past.status()).as(past.body()).isEqualTo(422);
		assertThat(past.json().get("type").asText()).endsWith("/date-in-past");
		assertThat(close(day, "{\"closed\": \"maybe\"}").status()).isEqualTo(400);
		assertThat(this.api.staff().get("/api/spa/closures").json().findValuesAsText("date"))
			.doesNotContain(day.toString());
	}

	/**
	 * The first Tuesday to Friday at least so many days ahead with free time that no
	 * other test of this class took.
	 */
	private FreeDay dayOfItsOwn(String treatmentId, String therapistId, int daysAhead) {
		FreeTime free = FreeTime.at(base(), this.clock);
		int ahead = daysAhead;
		while (true) {
			FreeDay day = free.nextDay(treatmentId, therapistId, ahead, TUESDAY_TO_FRIDAY);
			if (TAKEN.add(day.date())) {
				return day;
			}
			ahead = (int) ChronoUnit.DAYS.between(free.calendar().today(), day.date()) + 1;
		}
	}

	private Response close(LocalDate date, String json) {
		this.closed.add(date);
		return this.api.staff().put("/api/spa/closures/" + date, json);
	}

	private JsonNode availability(String treatmentId, LocalDate date) {
		return this.api.get("/api/availability?treatmentId=" + treatmentId + "&date=" + date).json();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
