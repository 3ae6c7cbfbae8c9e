package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.IdleRelayTest;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spa's rooms as staff see and manage them: seeded, of a kind, each hosting
 * treatments of its kind.
 */
@IdleRelayTest
class RoomManagementIntegrationTest {

	private static final String OLIVE = """
			{"name": "Olive Room", "kind": "SINGLE", "treatmentIds": ["swedish", "back-pain-desk-workers"]}
			""";

	@LocalServerPort
	int port;

	@Test
	void seedsSingleRoomsADoubleRoomForCouplesAndAKidsRoom() {
		JsonNode rooms = staff().get("/api/rooms").json();

		assertThat(rooms.findValuesAsText("id")).contains("cedar", "jasmine", "lavender", "meadow", "rose-suite");
		JsonNode lavender = room(rooms, "lavender");
		assertThat(lavender.get("name").asText()).isEqualTo("Lavender Room");
		assertThat(lavender.get("kind").asText()).isEqualTo("SINGLE");
		assertThat(texts(lavender.get("treatmentIds"))).contains("back-pain-desk-workers", "deep-tissue", "swedish")
			.doesNotContain("kids", "couples-swedish");
		assertThat(room(rooms, "rose-suite").get("kind").asText()).isEqualTo("DOUBLE");
		assertThat(texts(room(rooms, "rose-suite").get("treatmentIds"))).containsExactly("couples-swedish");
		assertThat(texts(room(rooms, "meadow").get("treatmentIds"))).containsExactly("kids");
		JsonNode couples = new BookingApi(this.port).get("/api/treatments/couples-swedish").json();
		assertThat(couples.get("roomKind").asText()).isEqualTo("DOUBLE");
		assertThat(couples.get("specialization").asText()).isEqualTo("SWEDISH");
	}

	@Test
	void roomsAreForStaff() {
		BookingApi anonymous = new BookingApi(this.port);

		assertThat(anonymous.get("/api/rooms").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/rooms/lavender").status()).isEqualTo(401);
		assertThat(anonymous.put("/api/rooms/olive", OLIVE).status()).isEqualTo(401);
		assertThat(anonymous.as(TestTokens.marketing()).get("/api/rooms").status()).isEqualTo(403);
		Response forbidden = anonymous.as(TestTokens.marketing()).put("/api/rooms/olive", OLIVE);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.contentType()).startsWith("application/problem+json");
	}

	@Test
	void staffAddARoomAndChangeWhatItHosts() {
		Response added = staff().put("/api/rooms/olive", OLIVE);

		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(texts(staff().get("/api/rooms/olive").json().get("treatmentIds")))
			.containsExactly("back-pain-desk-workers", "swedish");
		Response changed = staff().put("/api/rooms/olive",
				OLIVE.replace("\"swedish\", \"back-pain-desk-workers\"", "\"posture\""));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(texts(staff().get("/api/rooms/olive").json().get("treatmentIds"))).containsExactly("posture");
		assertThat(staff().get("/api/rooms/no-such-room").status()).isEqualTo(404);
	}

	@Test
	void invalidRoomsAreProblemsAndChangeNothing() {
		Response unknownTreatment = staff().put("/api/rooms/fern",
				OLIVE.replace("\"swedish\"", "\"mud-bath\"").replace("Olive", "Fern"));
		Response unknownKind = staff().put("/api/rooms/fern", OLIVE.replace("SINGLE", "TRIPLE"));
		Response otherKind = staff().put("/api/rooms/fern", OLIVE.replace("\"swedish\"", "\"couples-swedish\""));
		Response noName = staff().put("/api/rooms/fern", OLIVE.replace("\"name\": \"Olive Room\"", "\"name\": \"\""));
		Response badId = staff().put("/api/rooms/Fern%20Room", OLIVE);

		assertThat(unknownTreatment.status()).as(unknownTreatment.body()).isEqualTo(422);
		assertThat(unknownTreatment.contentType()).startsWith("application/problem+json");
		assertThat(unknownTreatment.json().get("type").asText()).endsWith("/unknown-treatment");
		assertThat(unknownTreatment.json().get("errors").findValuesAsText("field")).containsExactly("treatmentIds");
		assertThat(unknownTreatment.json().get("detail").asText()).contains("mud-bath");
		assertThat(unknownKind.status()).as(unknownKind.body()).isEqualTo(400);
		assertThat(unknownKind.contentType()).startsWith("application/problem+json");
		assertThat(unknownKind.json().get("errors").findValuesAsText("field")).containsExactly("kind");
		assertThat(unknownKind.json().get("detail").asText()).contains("SINGLE, DOUBLE, KIDS");
		assertThat(otherKind.status()).as(otherKind.body()).isEqualTo(422);
		assertThat(otherKind.json().get("type").asText()).endsWith("/treatment-needs-other-room");
		assertThat(otherKind.json().get("detail").asText()).contains("Couples Swedish Massage needs a DOUBLE room");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.json().get("errors").findValuesAsText("field")).containsExactly("name");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(staff().get("/api/rooms/fern").status()).isEqualTo(404);
	}

	@Test
	void aNewTreatmentIsHostedByEveryRoomOfItsKind() {
		Response treatment = staff().put("/api/treatments/couples-hot-stone", """
				{"name": "Couples Hot Stone Massage", "description": "Warm stones for two, side by side.",
				 "durationMinutes": 75, "price": 450, "currency": "PLN", "specialization": "SWEDISH",
				 "roomKind": "DOUBLE"}
				""");

		assertThat(treatment.status()).as(treatment.body()).isEqualTo(200);
		JsonNode rooms = staff().get("/api/rooms").json();
		assertThat(texts(room(rooms, "rose-suite").get("treatmentIds"))).contains("couples-hot-stone");
		assertThat(texts(room(rooms, "lavender").get("treatmentIds"))).doesNotContain("couples-hot-stone");
		FreeDay day = FreeTime.at("http://localhost:" + this.port)
			.nextDay("couples-hot-stone", null, 10, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
		assertThat(day.slots().get(0).get("secondTherapistId").asText()).isNotBlank();
	}

	@Test
	void aChangeThatWouldStrandBookingsInTheRoomIsRefusedListingThem() {
		FreeDay day = FreeTime.at("http://localhost:" + this.port).nextDay("kids", null, 9);
		Response booked = new BookingApi(this.port).post("/api/bookings",
				BookingApi.bookingJson("kids", day.firstStart(), "Ada Lovelace", "601500101"), null);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("roomId").asText()).isEqualTo("meadow");
		String meadow = """
				{"name": "Meadow Kids Room", "kind": "KIDS", "treatmentIds": %s}
				""";

		Response refused = staff().put("/api/rooms/meadow", meadow.formatted("[]"));

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("type").asText()).endsWith("/bookings-stranded");
		assertThat(refused.json().get("bookings").findValuesAsText("bookingId"))
			.containsExactly(booked.json().get("id").asText());
		assertThat(texts(staff().get("/api/rooms/meadow").json().get("treatmentIds"))).as("nothing changed")
			.containsExactly("kids");
		assertThat(staff().post("/api/bookings/" + booked.json().get("id").asText() + "/cancel", "{}", null).status())
			.isEqualTo(200);
		assertThat(staff().put("/api/rooms/meadow", meadow.formatted("[]")).status()).as("once staff cancelled it")
			.isEqualTo(200);
		assertThat(staff().put("/api/rooms/meadow", meadow.formatted("[\"kids\"]")).status()).isEqualTo(200);
	}

	private static JsonNode room(JsonNode rooms, String id) {
		for (JsonNode room : rooms) {
			if (room.get("id").asText().equals(id)) {
				return room;
			}
		}
		throw new AssertionError("No room " + id + " in " + rooms);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((element) -> texts.add(element.asText()));
		return texts;
	}

	private BookingApi staff() {
		return new BookingApi(this.port).staff();
	}

}
