package com.spautopia.booking.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.spautopia.booking.IdleRelayTest;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.web.MalformedBody;
import com.spautopia.testsupport.web.MalformedInput;
import com.spautopia.testsupport.web.MalformedQuery;
import com.spautopia.testsupport.web.QueryParameter;
import com.spautopia.testsupport.web.QueryParameter.Type;
import com.spautopia.testsupport.web.RawHttp;
import com.spautopia.testsupport.web.StoredDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that reads a body or query parameters refuses each malformed input of
 * {@link MalformedInput} with a 4xx problem detail and stores nothing. Staff send them,
 * so that they reach validation. The same context as {@code ApiAccessIntegrationTest},
 * with the outbox relay idle: no event is published and so no booking priced while the
 * test compares what is stored before and after.
 */
@IdleRelayTest
class MalformedInputIntegrationTest {

	private static final String[] COLLECTIONS = { "treatments", "therapists", "bookings", "clients", "idempotency_keys",
			"therapist_days", "schedule_days", "outbox_quarantine", "rooms", "spa_closures", "waitlist_entries",
			"waitlist_offers" };

	private static final String TREATMENT = """
			{"name": "Hot Stone Massage", "description": "Warm basalt stones", "durationMinutes": 60,
			 "price": 250.00, "currency": "PLN", "specialization": "SWEDISH"}""";

	private static final String THERAPIST = """
			{"name": "Ola Nowa", "specializations": ["SWEDISH"],
			 "weeklyHours": [{"day": "TUESDAY", "start": "09:00", "end": "17:00",
			                  "breaks": [{"start": "12:00", "end": "12:30"}]}],
			 "daysOff": ["2030-01-01"]}""";

	private static final String BOOKING = """
			{"treatmentId": "back-pain-desk-workers", "therapistId": "maria-nowak",
			 "start": "2030-01-08T10:00:00+01:00",
			 "client": {"name": "Ada Lovelace", "phone": "+48601999001", "email": "ada@example.com",
			            "smsConsent": true, "marketingConsent": false},
			 "promoCode": "SPRING"}""";

	private static final String ROOM = """
			{"name": "Olive Room", "kind": "SINGLE", "treatmentIds": ["swedish"]}""";

	private static final String CLOSURE = """
			{"opens": "10:00", "closes": "14:00", "reason": "A shorter Saturday"}""";

	private static final String RESCHEDULE = """
			{"start": "2030-01-08T11:00:00+01:00", "therapistId": "maria-nowak"}""";

	private static final String CANCEL = """
			{"reason": "Feeling ill"}""";

	private static final String WAITLIST = """
			{"treatmentId": "back-pain-desk-workers", "therapistId": "maria-nowak",
			 "from": "2030-01-08", "to": "2030-01-10", "earliest": "09:00", "latest": "13:00",
			 "client": {"name": "Ada Lovelace", "phone": "+48601999001", "email": "ada@example.com",
			            "smsConsent": true, "marketingConsent": false}}""";

	private static final String TAGS = """
			{"tags": ["desk-worker"]}""";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@ParameterizedTest(name = "{0}")
	@MethodSource("treatments")
	void aMalformedTreatmentIsRefused(MalformedBody body) {
		assertRefused("PUT", "/api/treatments/hot-stone", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("therapists")
	void aMalformedTherapistIsRefused(MalformedBody body) {
		assertRefused("PUT", "/api/therapists/maria-nowak", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rooms")
	void aMalformedRoomIsRefused(MalformedBody body) {
		assertRefused("PUT", "/api/rooms/olive", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("closures")
	void aMalformedClosureIsRefused(MalformedBody body) {
		assertRefused("PUT", "/api/spa/closures/2030-01-12", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bookings")
	void aMalformedBookingIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/bookings", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reschedules")
	void aMalformedRescheduleIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/bookings/no-such-booking/reschedule", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cancellations")
	void aMalformedCancellationIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/bookings/no-such-booking/cancel", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("waitlistEntries")
	void aMalformedWaitlistEntryIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/waitlist", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("claimQueries")
	void aMalformedOfferClaimIsRefused(MalformedQuery query) {
		StoredDocuments before = stored();

		staff().send("POST", "/api/waitlist/offers/no-such-offer/claim?" + query.query(), null, new byte[0], Map.of())
			.assertRefusedAsProblem();

		assertThat(stored()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tags")
	void malformedClientTagsAreRefused(MalformedBody body) {
		assertRefused("PUT", "/api/clients/no-such-client/tags", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("availabilityQueries")
	void aMalformedAvailabilityQueryIsRefused(MalformedQuery query) {
		staff().get("/api/availability?" + query.query()).assertRefusedAsProblem();
	}

	static List<MalformedBody> treatments() {
		return MalformedInput.bodiesFor(TREATMENT, "name", "description", "price", "currency", "specialization");
	}

	static List<MalformedBody> therapists() {
		return MalformedInput.bodiesFor(THERAPIST, "name", "specializations", "weeklyHours", "daysOff",
				"weeklyHours[0].day", "weeklyHours[0].start", "weeklyHours[0].end", "weeklyHours[0].breaks");
	}

	static List<MalformedBody> rooms() {
		return MalformedInput.bodiesFor(ROOM, "name", "kind", "treatmentIds");
	}

	static List<MalformedBody> closures() {
		return MalformedInput.bodiesFor(CLOSURE, "opens", "closes");
	}

	static List<MalformedBody> bookings() {
		return MalformedInput.bodiesFor(BOOKING, "treatmentId", "start", "client", "client.name", "client.phone");
	}

	static List<MalformedBody> reschedules() {
		return MalformedInput.bodiesFor(RESCHEDULE, "start");
	}

	// an empty body, null and {} are a valid cancellation without a reason
	static Stream<MalformedBody> cancellations() {
		return MalformedInput.bodiesFor(CANCEL)
			.stream()
			.filter((body) -> !List.of("empty body", "null").contains(body.name()));
	}

	static List<MalformedBody> waitlistEntries() {
		// the last day and the window may be left out: the first day, the whole day
		return MalformedInput.bodiesFor(WAITLIST, "treatmentId", "from", "client", "client.name", "client.phone");
	}

	static List<MalformedBody> tags() {
		return MalformedInput.bodiesFor(TAGS, "tags");
	}

	static List<MalformedQuery> claimQueries() {
		return MalformedInput.queriesFor(QueryParameter.required("token", "a-token", Type.TEXT));
	}

	static List<MalformedQuery> availabilityQueries() {
		return MalformedInput.queriesFor(QueryParameter.required("treatmentId", "back-pain-desk-workers", Type.TEXT),
				QueryParameter.required("date", "2030-01-08", Type.DATE),
				QueryParameter.optional("therapistId", "maria-nowak", Type.TEXT));
	}

	private void assertRefused(String method, String path, MalformedBody body) {
		StoredDocuments before = stored();

		staff().send(method, path, body).assertRefusedAsProblem();

		assertThat(stored()).isEqualTo(before);
	}

	private StoredDocuments stored() {
		return StoredDocuments.of(this.mongo.getDb(), COLLECTIONS);
	}

	private RawHttp staff() {
		return new RawHttp("http://localhost:" + this.port, TestTokens.staff());
	}

}
