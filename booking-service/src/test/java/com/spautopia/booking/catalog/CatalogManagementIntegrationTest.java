package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.FreeTime.FreeDay;
import com.spautopia.testsupport.time.SpaCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IdleRelayTest
class CatalogManagementIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void seedsTheSpasOwnOffer() {
		JsonNode treatments = api().get("/api/treatments").json();

		assertThat(treatments.findValuesAsText("name")).contains("Back Pain Massage for Desk Workers",
				"Deep Tissue Massage", "Swedish Massage", "Sports Massage", "Trigger Point Therapy", "Posture Massage",
				"Kids Massage");
		assertThat(api().get("/api/therapists").json().size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void staffAddATreatmentAndATherapistWhoseHoursMakeSlots() {
		Response treatment = api().put("/api/treatments/hot-stone", """
				{"name": "Hot Stone Massage", "description": "Warm basalt stones melt tension.",
				 "durationMinutes": 75, "price": 280, "currency": "PLN", "specialization": "SWEDISH"}
				""");
		Response therapist = api().put("/api/therapists/olga-nowicka", """
				{"name": "Olga Nowicka", "specializations": ["SWEDISH"], "daysOff": [],
				 "weeklyHours": [{"day": "SUNDAY", "start": "10:00", "end": "14:00",
				                  "breaks": [{"start": "12:00", "end": "12:15"}]}]}
				""");
		SpaCalendar calendar = SpaCalendar.seeded();
		LocalDate sunday = calendar.next(3,
				(day) -> day.getDayOfWeek() == DayOfWeek.SUNDAY && calendar.isOrdinary(day.minusDays(1)));

		assertThat(treatment.status()).as(treatment.body()).isEqualTo(200);
		assertThat(therapist.status()).as(therapist.body()).isEqualTo(200);
		assertThat(api().get("/api/treatments/hot-stone").json().get("durationMinutes").asInt()).isEqualTo(75);
		// the spa is closed on Sundays, so even a therapist working then has no slots
		assertThat(api().get("/api/availability?treatmentId=hot-stone&date=" + sunday + "&therapistId=olga-nowicka")
			.json()
			.get("slots")).isEmpty();
		assertThat(api().get("/api/availability?treatmentId=hot-stone&date=" + sunday.minusDays(1)).json().get("slots"))
			.isNotEmpty();
	}

	@Test
	void invalidCatalogChangesAreProblemsNamingTheFields() {
		Response treatment = api().put("/api/treatments/free", """
				{"name": "", "description": "x", "durationMinutes": 5, "price": -1, "currency": "zloty",
				 "specialization": "SWEDISH"}
				""");
		Response hours = api().put("/api/therapists/night-owl", """
				{"name": "Night Owl", "specializations": ["SWEDISH"], "daysOff": [],
				 "weeklyHours": [{"day": "MONDAY", "start": "18:00", "end": "09:00", "breaks": []}]}
				""");

		assertThat(treatment.status()).isEqualTo(400);
		assertThat(treatment.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name",
				"durationMinutes", "price", "currency");
		assertThat(hours.status()).isEqualTo(400);
		assertThat(hours.json().get("errors").findValuesAsText("field")).containsExactly("weeklyHours[0].consistent");
		assertThat(api().get("/api/treatments/free").status()).isEqualTo(404);
		assertThat(api().get("/api/therapists/night-owl").status()).isEqualTo(404);
	}

	@Test
	void aTherapistWithoutWeeklyHoursIsAProblemNamingTheField() {
		Response empty = api().put("/api/therapists/no-hours", "{}");
		Response withoutHours = api().put("/api/therapists/no-hours", """
				{"name": "No Hours", "specializations": ["SWEDISH"], "daysOff": []}
				""");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().get("errors").findValuesAsText("field")).contains("weeklyHours", "name",
				"specializations", "daysOff");
		assertThat(withoutHours.status()).isEqualTo(400);
		assertThat(withoutHours.json().get("errors").findValuesAsText("field")).containsExactly("weeklyHours");
		assertThat(api().get("/api/therapists/no-hours").status()).isEqualTo(404);
	}

	@Test
	void aChangeThatWouldStrandBookedClientsIsRefusedListingTheirBookings() {
		String hours = """
				{"name": "Olga Nowicka", "specializations": ["BACK_PAIN"], "daysOff": %s,
				 "weeklyHours": [%s]}
				""";
		String everyDay = String
			.join(", ", Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
				.map((day) -> "{\"day\": \"" + day + "\", \"start\": \"09:00\", \"end\": \"17:00\", \"breaks\": []}")
				.toList());
		assertThat(api().put("/api/therapists/olga-nowicka", hours.formatted("[]", everyDay)).status()).isEqualTo(200);
		FreeDay day = FreeTime.at("http://localhost:" + this.port).nextDay("back-pain-desk-workers", "olga-nowicka", 3);
		Response booked = new BookingApi(this.port).post("/api/bookings",
				BookingApi.bookingJson("back-pain-desk-workers", day.firstStart(), "Ada Lovelace", "601500001")
					.replace("\"start\"", "\"therapistId\": \"olga-nowicka\", \"start\""),
				null);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		Response dayOff = api().put("/api/therapists/olga-nowicka",
				hours.formatted("[\"" + day.date() + "\"]", everyDay));

		assertThat(dayOff.status()).as(dayOff.body()).isEqualTo(409);
		assertThat(dayOff.contentType()).startsWith("application/problem+json");
		assertThat(dayOff.json().get("type").asText()).endsWith("/bookings-stranded");
		assertThat(dayOff.json().get("bookings").findValuesAsText("bookingId"))
			.containsExactly(booked.json().get("id").asText());
		assertThat(api().get("/api/therapists/olga-nowicka").json().get("daysOff")).as("nothing changed").isEmpty();
		assertThat(api().post("/api/bookings/" + booked.json().get("id").asText() + "/cancel", "{}", null).status())
			.isEqualTo(200);
		assertThat(api().put("/api/therapists/olga-nowicka", hours.formatted("[\"" + day.date() + "\"]", everyDay))
			.status()).as("once staff cancelled it").isEqualTo(200);
	}

	@Test
	void clientsSeeWhoTheTherapistsAreButNotTheirHoursOrDaysOff() {
		JsonNode publicList = new BookingApi(this.port).get("/api/therapists").json();
		JsonNode staffList = api().get("/api/therapists").json();
		JsonNode one = new BookingApi(this.port).get("/api/therapists/maria-nowak").json();

		assertThat(publicList.get(0).has("name")).isTrue();
		assertThat(publicList.get(0).has("specializations")).isTrue();
		assertThat(publicList.findValues("weeklyHours")).isEmpty();
		assertThat(publicList.findValues("daysOff")).isEmpty();
		assertThat(one.has("daysOff")).isFalse();
		assertThat(staffList.get(0).has("weeklyHours")).isTrue();
		assertThat(staffList.get(0).has("daysOff")).isTrue();
	}

	private BookingApi api() {
		return new BookingApi(this.port).staff();
	}

}
