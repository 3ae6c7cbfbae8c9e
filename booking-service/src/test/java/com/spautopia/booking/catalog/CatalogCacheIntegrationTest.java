package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.testsupport.time.SpaCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog is held in memory: what staff change is seen on the very next request, and
 * what another instance changes once the revision it bumped is checked. Each test adds
 * its own treatment, room or therapist, none of which other tests book: the treatment is
 * given only here, the room hosts only it, the therapist works only on Sundays (the spa
 * is closed then).
 */
@EventFlowTest
class CatalogCacheIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TreatmentRepository treatments;

	@Autowired
	TherapistRepository therapists;

	@Autowired
	RoomRepository rooms;

	@Test
	void aTreatmentAndARoomStaffAddAreOnOfferOnTheVeryNextRequest() {
		String treatment = unique("cache-treatment");
		String room = unique("cache-room");
		LocalDate day = SpaCalendar.seeded()
			.next(3, (date) -> date.getDayOfWeek() != DayOfWeek.SATURDAY && SpaCalendar.seeded().isOrdinary(date));
		String availability = "/api/availability?treatmentId=" + treatment + "&date=" + day;
		// the catalog is read (and held) before the change
		assertThat(staff().get(availability).status()).isEqualTo(400);
		assertThat(staff().get("/api/rooms/" + room).status()).isEqualTo(404);

		BookingApi.Response added = staff().put("/api/treatments/" + treatment, """
				{"name": "Cache Massage", "description": "Given only by this test.", "durationMinutes": 30,
				 "price": 100, "currency": "PLN", "specialization": "SWEDISH"}
				""");
		assertThat(added.status()).as(added.body()).isEqualTo(200);

		JsonNode offered = json(availability).get("slots");
		assertThat(offered).as("hosted by the single rooms at once").isNotEmpty();
		assertThat(minutes(offered.get(0))).isEqualTo(30);

		// another instance makes it longer (no event reaches this one) ...
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(treatment)),
				new Update().set("durationMinutes", 45), "treatments");
		assertThat(minutes(json(availability).get("slots").get(0)))
			.as("availability uses the copy held until the revision says it changed")
			.isEqualTo(30);
		// ... then bumps the revision, as Catalog.changed() does there
		bumpRevisionAsAnotherInstance();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(minutes(json(availability).get("slots").get(0))).isEqualTo(45));

		BookingApi.Response roomAdded = staff().put("/api/rooms/" + room, """
				{"name": "Cache Room", "kind": "SINGLE", "treatmentIds": ["%s"]}
				""".formatted(treatment));
		assertThat(roomAdded.status()).as(roomAdded.body()).isEqualTo(200);
		assertThat(json("/api/rooms/" + room).get("name").asText()).isEqualTo("Cache Room");
		assertThat(json("/api/rooms").findValuesAsText("id")).contains(room);

		assertThat(staff().put("/api/rooms/" + room, """
				{"name": "Cache Room Renamed", "kind": "SINGLE", "treatmentIds": ["%s"]}
				""".formatted(treatment)).status()).isEqualTo(200);
		assertThat(json("/api/rooms/" + room).get("name").asText()).isEqualTo("Cache Room Renamed");
	}

	@Test
	void aTherapistStaffChangeIsSeenAtOnceAndAnotherInstancesChangeAtTheNextCheck() {
		String therapist = unique("cache-therapist");
		LocalDate sunday = SpaCalendar.seeded().next(3, (date) -> date.getDayOfWeek() == DayOfWeek.SUNDAY);
		assertThat(staff().get("/api/therapists/" + therapist).status()).isEqualTo(404);

		assertThat(staff().put("/api/therapists/" + therapist, sundays("Cache Therapist", "[]")).status())
			.isEqualTo(200);
		assertThat(json("/api/therapists/" + therapist).get("name").asText()).isEqualTo("Cache Therapist");
		assertThat(staff().put("/api/therapists/" + therapist, sundays("Cache Therapist", "[\"" + sunday + "\"]"))
			.status()).isEqualTo(200);
		assertThat(json("/api/therapists/" + therapist).get("daysOff").get(0).asText()).isEqualTo(sunday.toString());

		// another instance writes the therapist (no event reaches this one) ...
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(therapist)),
				new Update().set("name", "Cache Therapist Elsewhere"), "therapists");
		assertThat(json("/api/therapists/" + therapist).get("name").asText())
			.as("the copy held is used until the revision says it changed")
			.isEqualTo("Cache Therapist");
		bumpRevisionAsAnotherInstance();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(json("/api/therapists/" + therapist).get("name").asText())
				.isEqualTo("Cache Therapist Elsewhere"));
	}

	@Test
	void anInstanceWhoseRevisionDocumentWasLostHoldsTheCatalogAgainOnceItIsRead() {
		Catalog instance = new Catalog(this.treatments, this.therapists, this.rooms, this.mongo,
				new CatalogProperties(Duration.ofHours(1)));
		instance.changed();
		Catalog.Snapshot before = instance.current();
		assertThat(instance.current()).isSameAs(before);

		this.mongo.remove(Query.query(Criteria.where("_id").is("catalog")), Catalog.REVISIONS);
		instance.changed();
		Catalog.Snapshot read = instance.current();

		assertThat(read).isNotSameAs(before);
		assertThat(instance.current()).as("held, not read on every use").isSameAs(read);
	}

	private void bumpRevisionAsAnotherInstance() {
		this.mongo.upsert(Query.query(Criteria.where("_id").is("catalog")), new Update().inc("revision", 1L),
				Catalog.REVISIONS);
	}

	private JsonNode json(String path) {
		BookingApi.Response response = staff().get(path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.json();
	}

	private static long minutes(JsonNode slot) {
		return Duration
			.between(OffsetDateTime.parse(slot.get("start").asText()), OffsetDateTime.parse(slot.get("end").asText()))
			.toMinutes();
	}

	private static String sundays(String name, String daysOff) {
		return """
				{"name": "%s", "specializations": ["SWEDISH"], "daysOff": %s,
				 "weeklyHours": [{"day": "SUNDAY", "start": "10:00", "end": "14:00", "breaks": []}]}
				""".formatted(name, daysOff);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private BookingApi staff() {
		return new BookingApi(this.port).staff();
	}

}
