package com.spautopia.ops.web;

import java.util.List;
import java.util.Map;

import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.web.MalformedInput;
import com.spautopia.testsupport.web.MalformedQuery;
import com.spautopia.testsupport.web.QueryParameter;
import com.spautopia.testsupport.web.QueryParameter.Type;
import com.spautopia.testsupport.web.RawHttp;
import com.spautopia.testsupport.web.StoredDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's query parameters (of a dead-letter topic's messages: {@code all},
 * {@code after} and {@code limit} of a page) and the positions of a replay or discard
 * refuse malformed values of {@link MalformedInput} with a 4xx problem detail, and
 * nothing is replayed or discarded. Operators send them. The same context as
 * {@code ApiAccessIntegrationTests}.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@ParameterizedTest(name = "{0}")
	@MethodSource("deadLetterQueries")
	void aMalformedDeadLetterQueryIsRefused(MalformedQuery query) {
		operator().get("/api/ops/dead-letters/spa.booking.events.test.dlq?" + query.query()).assertRefusedAsProblem();
	}

	@ParameterizedTest(name = "position {0}")
	@ValueSource(strings = { "x/0", "0/x", "-1/0", "0/-1", "99999999999/0", "0/99999999999999999999",
			"%7B%22%24gt%22%3A%22%22%7D/0" })
	void aMalformedDeadLetterPositionIsRefused(String position) {
		StoredDocuments before = StoredDocuments.of(this.mongo.getDb(), "dead_letter_actions");

		for (String action : List.of("replay", "discard")) {
			operator()
				.send("POST", "/api/ops/dead-letters/spa.booking.events.test.dlq/" + position + "/" + action, null,
						new byte[0], Map.of())
				.assertRefusedAsProblem();
		}

		assertThat(StoredDocuments.of(this.mongo.getDb(), "dead_letter_actions")).isEqualTo(before);
	}

	static List<MalformedQuery> deadLetterQueries() {
		return MalformedInput.queriesFor(QueryParameter.optional("all", "true", Type.BOOLEAN),
				QueryParameter.optional("after", "0-0", Type.TEXT),
				QueryParameter.optional("limit", "10", Type.NUMBER));
	}

	private RawHttp operator() {
		return new RawHttp("http://localhost:" + this.port, TestTokens.operator());
	}

}
