package com.spautopia.booking.client;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.QueryRecording;
import com.spautopia.testsupport.mongo.IndexUse;
import com.spautopia.testsupport.mongo.QueryLog;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff find clients by phone number in any format or by part of the name.
 */
@EventFlowTest
class ClientSearchIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	MongoMappingContext mappingContext;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ClientNameWords nameWords;

	private BookingApi api;

	@BeforeEach
	void connect() {
		this.api = new BookingApi(this.port);
	}

	@Test
	void findsAClientByTheirNumberTypedInAnotherFormatWithThePhoneMasked() {
		String clientId = book("Halina Przybyszewska", "605 700 201");

		Response found = search("%2B48-605-700-201");

		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(ids(found.json())).containsExactly(clientId);
		assertThat(found.json().get(0).get("name").asText()).isEqualTo("Halina Przybyszewska");
		assertThat(found.json().get(0).get("phone").asText()).isEqualTo("+48 *** *** 201");
		assertThat(found.body()).doesNotContain("605700201");
	}

	@Test
	void findsClientsByPartOfTheirNameInAnyCaseWithoutDiacritics() {
		String halszka = book("Halszka Żebrowska-Quell", "605700211");
		String other = book("Bogna Quellenberg", "605700212");

		assertThat(ids(search("zebrow").json())).containsExactly(halszka);
		assertThat(ids(search("QUELL").json())).containsExactlyInAnyOrder(halszka, other);
		assertThat(ids(search("hal%20quel").json())).containsExactly(halszka);
		assertThat(ids(search("quellenbergowa").json())).isEmpty();
		assertThat(ids(search("ebrowska").json())).as("only the starts of words").isEmpty();
	}

	@Test
	void aClientRegisteredBeforeTheSearchExistedIsFoundOnceTheStartUpFilledInTheNameWords() {
		String clientId = book("Wiesława Szymborska-Oldtimer", "605700221");
		this.mongo.getCollection("clients").updateOne(Filters.eq("_id", clientId), Updates.unset("nameWords"));
		assertThat(ids(search("oldtimer").json())).isEmpty();
		this.mongo.getCollection("migrations").deleteOne(Filters.eq("_id", ClientNameWords.MARKER));

		this.nameWords.afterSingletonsInstantiated();

		assertThat(ids(search("oldtimer").json())).containsExactly(clientId);
		assertThat(ids(search("wiesl%20szym").json())).containsExactly(clientId);
	}

	@Test
	void aSearchThatIsNeitherANumberNorANameIsAProblem() {
		for (String query : List.of("x", "605%20700", "")) {
			Response refused = search(query);

			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("query");
		}
	}

	@Test
	void theSearchIsServedByDeclaredIndexes() {
		List<IndexUse.Index> indexes = QueryRecording.declaredIndexes(this.mappingContext);

		for (ClientQuery query : List.of(new ClientQuery.ByPhone("+48605700201"),
				new ClientQuery.ByName(List.of("hal", "quel")))) {
			Query sent = ClientDirectory.searchQuery(query);
			QueryLog.Query recorded = new QueryLog.Query("find", "clients", sent.getQueryObject(), List.of(),
					sent.getSortObject(), "test");
			assertThat(IndexUse.unserved(recorded, indexes)).as(recorded.shape()).isEmpty();
		}
	}

	private Response search(String query) {
		return this.api.staff().get("/api/clients?query=" + query);
	}

	private String book(String name, String phone) {
		String start = this.api.firstFreeSlot(BACK_PAIN, null).get("start").asText();
		Response made = this.api.post("/api/bookings", bookingJson(BACK_PAIN, start, name, phone), null);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("clientId").asText();
	}

	private static List<String> ids(JsonNode clients) {
		return StreamSupport.stream(clients.spliterator(), false).map((client) -> client.get("id").asText()).toList();
	}

}
