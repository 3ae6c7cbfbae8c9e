package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.TestClockConfiguration;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Claim;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time left held by a crash between two writes is freed after the grace period, and only
 * that time. The sweeper is called directly; its schedule is an hour here.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.hold-sweep.interval=1h", "spa.booking.hold-sweep.grace=5m",
				"spa.booking.pricing-timeout=1h" })
@Import(TestClockConfiguration.class)
class HoldSweeperIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	private static final Duration AFTER_GRACE = Duration.ofMinutes(6);

	@LocalServerPort
	int port;

	@Autowired
	HoldSweeper sweeper;

	@Autowired
	Schedule schedule;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	private BookingApi api;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void freesTimeHeldForABookingThatWasNeverStoredOnceTheGracePeriodIsOver() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "maria-nowak");
		Instant start = OffsetDateTime.parse(slot.get("start").asText()).toInstant();
		LocalDate date = OffsetDateTime.parse(slot.get("start").asText()).toLocalDate();
		// a booking request that crashed after claiming the time
		assertThat(this.schedule.claim(new Claim(Resource.therapist("maria-nowak"), date,
				new Reservation("never-stored", start, start.plus(Duration.ofMinutes(60))), null)))
			.isTrue();

		this.sweeper.sweep();
		assertThat(heldBy("maria-nowak", date, "never-stored")).hasSize(1);
		this.clock.advance(AFTER_GRACE);
		this.sweeper.sweep();

		assertThat(heldBy("maria-nowak", date, "never-stored")).isEmpty();
		assertThat(this.api.firstFreeSlot(BACK_PAIN, "maria-nowak").get("start").asText())
			.isEqualTo(slot.get("start").asText());
	}

	@Test
	void keepsTheTimeOfBookingsAndFreesWhatMovedOrCancelledBookingsLeftBehind() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "ewa-wisniewska");
		String kept = book(slot, "601100401");
		String moved = book(this.api.firstFreeSlot(BACK_PAIN, "ewa-wisniewska"), "601100402");
		String cancelled = book(this.api.firstFreeSlot(BACK_PAIN, "ewa-wisniewska"), "601100403");
		LocalDate date = OffsetDateTime.parse(slot.get("start").asText()).toLocalDate();
		Instant movedFrom = this.mongo.findById(moved, Booking.class).time().start();
		// a reschedule that crashed after saving the booking's new time, before freeing
		// the
		// old one, and a cancellation that crashed before freeing the time
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(moved)),
				Update.update("time.start", movedFrom.plus(Duration.ofDays(1))), Booking.class);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(cancelled)),
				Update.update("status", BookingStatus.CANCELLED), Booking.class);

		this.clock.advance(AFTER_GRACE);
		int freed = this.sweeper.sweep();

		assertThat(freed).as("the therapist's, the room's and the client's old time of each").isEqualTo(6);
		assertThat(heldBy("ewa-wisniewska", date, kept)).hasSize(1);
		assertThat(this.schedule.reservations(Resource.clientWithPhone("+48601100401"), date)).hasSize(1);
		assertThat(this.schedule.reservations(Resource.clientWithPhone("+48601100402"), date)).isEmpty();
		assertThat(this.schedule.reservations(Resource.clientWithPhone("+48601100403"), date)).isEmpty();
		assertThat(heldBy("ewa-wisniewska", date, moved)).isEmpty();
		assertThat(heldBy("ewa-wisniewska", date, cancelled)).isEmpty();
		assertThat(this.sweeper.sweep()).isZero();
	}

	@Test
	void keepsEveryHoldOfACouplesBookingAndFreesThemAllOnceItMovedAway() {
		FreeDay day = FreeTime.at(base()).nextDay("couples-swedish", null, 12);
		String kept = book("couples-swedish", day.firstStart(), "601100411");
		String moved = book("couples-swedish", day.lastStart(), "601100412");
		Instant movedFrom = this.mongo.findById(moved, Booking.class).time().start();
		// a reschedule that crashed after saving the booking's new time, before freeing
		// the old one
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(moved)),
				Update.update("time.start", movedFrom.plus(Duration.ofDays(1))), Booking.class);

		this.clock.advance(AFTER_GRACE);
		int freed = this.sweeper.sweep();

		assertThat(freed).as("both therapists', the double room's and the client's old time").isEqualTo(4);
		for (Resource resource : List.of(Resource.therapist("maria-nowak"), Resource.therapist("ewa-wisniewska"),
				Resource.room("rose-suite"))) {
			List<Reservation> held = this.schedule.reservations(resource, day.date());
			assertThat(held).as(resource.key()).extracting(Reservation::bookingId).contains(kept).doesNotContain(moved);
		}
		assertThat(this.schedule.reservations(Resource.clientWithPhone("+48601100411"), day.date())).hasSize(1);
		assertThat(this.sweeper.sweep()).isZero();
	}

	private String book(String treatmentId, String start, String phone) {
		BookingApi.Response created = this.api.post("/api/bookings",
				bookingJson(treatmentId, start, "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private String book(JsonNode slot, String phone) {
		String json = bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", phone).replace("\"start\"",
				"\"therapistId\": \"" + slot.get("therapistId").asText() + "\", \"start\"");
		BookingApi.Response created = this.api.post("/api/bookings", json, null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	private List<Reservation> heldBy(String therapistId, LocalDate date, String bookingId) {
		return this.schedule.reservations(Resource.therapist(therapistId), date)
			.stream()
			.filter((held) -> held.bookingId().equals(bookingId))
			.toList();
	}

}
