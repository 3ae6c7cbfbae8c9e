package com.spautopia.booking.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.QueryRecording;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.testsupport.mongo.IndexUse;
import com.spautopia.testsupport.mongo.QueryLog;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The front desk's view of bookings: a day of the spa, a client's history, and bookings
 * staff make for clients.
 */
@EventFlowTest
class StaffBookingsIntegrationTest {

	private static final String BACK_PAIN = ConfirmedBookings.BACK_PAIN;

	private static final String MARIA = "maria-nowak";

	private static final String EWA = "ewa-wisniewska";

	private static final String COUPLES = "couples-swedish";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	StaffBookings staffBookings;

	@Autowired
	MongoMappingContext mappingContext;

	private BookingApi api;

	private BookingApi staff;

	private EventTopics topics;

	private ConfirmedBookings bookings;

	@BeforeEach
	void connect() {
		this.api = new BookingApi(this.port);
		this.staff = this.api.staff();
		this.topics = EventTopics.of(this.environment);
		this.bookings = new ConfirmedBookings(this.api, this.topics);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	@Test
	void listsTheDaysBookingsOfEveryTherapistWithMaskedPhonesAndTheClientsSmsConfirmation() {
		JsonNode mariaSlot = this.api.firstFreeSlot(BACK_PAIN, MARIA);
		LocalDate day = OffsetDateTime.parse(mariaSlot.get("start").asText()).toLocalDate();
		Booked withMaria = this.bookings.bookAndConfirm("605700101", MARIA, mariaSlot.get("start").asText());
		Booked withEwa = this.bookings.bookAndConfirm("605700102", EWA, firstFreeStart(EWA, day));
		this.topics.publish(new AppointmentConfirmedByClient(withMaria.id(), "+48605700101", WallClock.now()),
				"/spa-utopia/notification-service");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(byId(dayList("date=" + day), withMaria.id()).get("confirmedByClient").asBoolean())
						.isTrue());
		Response listed = this.staff.get("/api/bookings?date=" + day);

		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		JsonNode maria = byId(listed.json(), withMaria.id());
		JsonNode ewa = byId(listed.json(), withEwa.id());
		assertThat(maria.get("therapistId").asText()).isEqualTo(MARIA);
		assertThat(ewa.get("therapistId").asText()).isEqualTo(EWA);
		assertThat(ewa.get("confirmedByClient").asBoolean()).isFalse();
		assertThat(maria.get("clientName").asText()).isEqualTo("Ada Lovelace");
		assertThat(maria.get("clientPhone").asText()).isEqualTo("+48 *** *** 101");
		assertThat(listed.body()).doesNotContain("605700101").doesNotContain("605700102");
		assertThat(maria.get("treatmentName").asText()).isEqualTo("Back Pain Massage for Desk Workers");
		assertThat(maria.get("start").asText()).isEqualTo(withMaria.start());
		assertThat(maria.get("timeZone").asText()).isEqualTo("Europe/Warsaw");
		assertThat(maria.get("status").asText()).isEqualTo("CONFIRMED");
		assertThat(maria.get("price").get("amount").decimalValue()).isEqualByComparingTo("220");
		assertThat(maria.get("promotions")).isEmpty();
		List<String> starts = StreamSupport.stream(listed.json().spliterator(), false)
			.map((booking) -> booking.get("start").asText())
			.toList();
		assertThat(starts).allMatch((start) -> OffsetDateTime.parse(start).toLocalDate().equals(day))
			.isSortedAccordingTo((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));

		assertThat(ids(dayList("date=" + day + "&therapistId=" + EWA))).contains(withEwa.id())
			.doesNotContain(withMaria.id());
	}

	@Test
	void filtersTheDayByStatus() {
		Booked kept = this.bookings.bookAndConfirm("605700111");
		LocalDate day = OffsetDateTime.parse(kept.start()).toLocalDate();
		Booked cancelled = this.bookings.bookAndConfirm("605700112", EWA, firstFreeStart(EWA, day));
		assertThat(this.staff.post("/api/bookings/" + cancelled.id() + "/cancel", "{}", null).status()).isEqualTo(200);

		assertThat(ids(dayList("date=" + day + "&status=CANCELLED"))).contains(cancelled.id())
			.doesNotContain(kept.id());
		assertThat(ids(dayList("date=" + day + "&status=confirmed"))).contains(kept.id())
			.doesNotContain(cancelled.id());
	}

	@Test
	void aBadDateOrStatusIsAProblemNamingTheParameter() {
		for (String query : List.of("date=2026-13-01", "date=tomorrow", "date=", "date=2026-12-01&status=LATE")) {
			Response refused = this.staff.get("/api/bookings?" + query);

			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asText()).isIn("date", "status");
		}
		assertThat(this.staff.get("/api/bookings").status()).isEqualTo(400);
	}

	@Test
	void onlyStaffListBookingsAndHistories() {
		for (String path : List.of("/api/bookings?date=2026-12-01", "/api/clients/someone/bookings",
				"/api/clients?query=ada")) {
			Response anonymous = this.api.get(path);
			Response marketing = this.api.as(TestTokens.marketing()).get(path);

			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.contentType()).startsWith("application/problem+json");
			assertThat(marketing.status()).as(path).isEqualTo(403);
			assertThat(marketing.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void aClientsHistoryListsTheLatestAppointmentFirst() {
		Booked earlier = this.bookings.bookAndConfirm("605700121");
		Booked later = this.bookings.bookAndConfirm("605700121");
		String clientId = this.staff.get("/api/bookings/" + earlier.id()).json().get("clientId").asText();

		Response history = this.staff.get("/api/clients/" + clientId + "/bookings");

		assertThat(history.status()).as(history.body()).isEqualTo(200);
		assertThat(ids(history.json())).containsExactly(later.id(), earlier.id());
		assertThat(history.json().get(0).get("clientPhone").asText()).isEqualTo("+48 *** *** 121");
		Response unknown = this.staff.get("/api/clients/no-such-client/bookings");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aBookingStaffMakeForAClientSaysWhoMadeItInItsEvent() {
		String start = this.api.firstFreeSlot(BACK_PAIN, null).get("start").asText();

		Response made = this.staff.post("/api/bookings", bookingJson(BACK_PAIN, start, "Ada Lovelace", "605700131"),
				null);

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String id = made.json().get("id").asText();
		// the staff member's name: the subject of the test's staff token
		String staffName = "test-staff";
		assertThat(this.topics.awaitBookingEvent(id, AppointmentRequested.class).bookedByStaff()).isEqualTo(staffName);
		LocalDate day = OffsetDateTime.parse(start).toLocalDate();
		assertThat(byId(dayList("date=" + day), id).get("bookedByStaff").asText()).isEqualTo(staffName);

		String online = this.api
			.post("/api/bookings",
					bookingJson(BACK_PAIN, this.api.firstFreeSlot(BACK_PAIN, null).get("start").asText(),
							"Ada Lovelace", "605700132"),
					null)
			.json()
			.get("id")
			.asText();
		assertThat(this.topics.awaitBookingEvent(online, AppointmentRequested.class).bookedByStaff()).isNull();
	}

	@Test
	void aCouplesMassageIsListedWithBothTherapistsAndItsRoomAndFoundByEither() {
		FreeDay day = FreeTime.at("http://localhost:" + this.port)
			.nextDay(COUPLES, null, 24, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
		Response made = this.staff.post("/api/bookings",
				bookingJson(COUPLES, day.firstStart(), "Ada and Charles", "605700151"), null);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String id = made.json().get("id").asText();
		String room = made.json().get("roomId").asText();

		JsonNode couples = byId(dayList("date=" + day.date()), id);

		assertThat(List.of(couples.get("therapistId").asText(), couples.get("secondTherapistId").asText()))
			.containsExactlyInAnyOrder(MARIA, EWA);
		assertThat(couples.get("roomId").asText()).isEqualTo(room);
		assertThat(couples.get("roomName").asText()).isNotBlank();
		assertThat(ids(dayList("date=" + day.date() + "&therapistId=" + MARIA))).contains(id);
		assertThat(ids(dayList("date=" + day.date() + "&therapistId=" + EWA))).contains(id);
		assertThat(ids(dayList("date=" + day.date() + "&roomId=" + room))).contains(id);
		assertThat(ids(dayList("date=" + day.date() + "&roomId=no-such-room"))).isEmpty();
	}

	@Test
	void staffMoveABookingWithoutItsManageToken() {
		Booked booked = this.bookings.bookAndConfirm("605700141");
		LocalDate day = OffsetDateTime.parse(booked.start()).toLocalDate();
		String later = firstFreeStart(MARIA, day);

		Response moved = this.staff.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule",
				"{\"start\": \"" + later + "\"}", Map.of());

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("start").asText()).isEqualTo(later);
		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentRescheduled.class).appointment().start())
			.isEqualTo(OffsetDateTime.parse(later));
	}

	@Test
	void theDayAndTheHistoryAreServedByDeclaredIndexes() {
		List<IndexUse.Index> indexes = QueryRecording.declaredIndexes(this.mappingContext);
		LocalDate day = LocalDate.of(2026, 12, 1);

		for (Query query : List.of(this.staffBookings.dayQuery(day, null, null, null),
				this.staffBookings.dayQuery(day, MARIA, null, BookingStatus.CONFIRMED),
				this.staffBookings.dayQuery(day, null, "rose-suite", null),
				this.staffBookings.historyQuery("client-1"))) {
			Document filter = new Document(query.getQueryObject());
			Object or = filter.remove("$or");
			List<Document> branches = (or instanceof List<?> list) ? list.stream().map(Document.class::cast).toList()
					: List.of();
			QueryLog.Query sent = new QueryLog.Query("find", "bookings", filter, branches, query.getSortObject(),
					"test");
			assertThat(IndexUse.unserved(sent, indexes)).as(sent.shape()).isEmpty();
		}
	}

	private String firstFreeStart(String therapistId, LocalDate day) {
		JsonNode slots = this.api
			.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day + "&therapistId=" + therapistId)
			.json()
			.get("slots");
		assertThat(slots).as("free times of " + therapistId + " on " + day).isNotEmpty();
		return slots.get(0).get("start").asText();
	}

	private JsonNode dayList(String query) {
		Response listed = this.staff.get("/api/bookings?" + query);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		return listed.json();
	}

	private static JsonNode byId(JsonNode bookings, String id) {
		return StreamSupport.stream(bookings.spliterator(), false)
			.filter((booking) -> booking.get("id").asText().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("booking " + id + " not listed in " + bookings));
	}

	private static List<String> ids(JsonNode bookings) {
		return StreamSupport.stream(bookings.spliterator(), false)
			.map((booking) -> booking.get("id").asText())
			.toList();
	}

}
