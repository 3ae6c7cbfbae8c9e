package com.spautopia.promotion.web;

import java.util.List;

import com.spautopia.testsupport.infra.SpaInfrastructureTest;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that reads a body or query parameters refuses each malformed input of
 * {@link MalformedInput} with a 4xx problem detail and stores nothing. Marketing sends
 * them, so that they reach validation. The same context as
 * {@code ApiAccessIntegrationTests}.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedInputIntegrationTests {

	private static final String[] COLLECTIONS = { "promotions", "campaigns", "offers", "redemptions" };

	private static final String PROMOTION = """
			{"name": "Spring", "description": "Spring offer", "kind": "CODE", "code": "SPRING-10",
			 "uniqueCodes": false,
			 "discount": {"type": "FIXED", "percent": 10, "amount": {"amount": 20, "currency": "PLN"}},
			 "conditions": {"treatmentIds": ["swedish"], "days": ["TUESDAY"], "startsFrom": "09:00",
			                "startsBefore": "17:00", "firstVisitOnly": false, "lastMinuteHours": 24,
			                "clientTags": ["desk-worker"], "minimumVisits": 1},
			 "validFrom": "2030-01-01T00:00:00Z", "validUntil": "2030-02-01T00:00:00Z",
			 "limits": {"totalRedemptions": 100, "perClient": 1, "budget": {"amount": 1000, "currency": "PLN"}},
			 "stacking": "EXCLUSIVE"}""";

	private static final String CAMPAIGN = """
			{"name": "Spring", "audience": {"treatmentIds": ["swedish"], "noVisitForDays": 30, "minimumVisits": 1,
			                                "tags": ["desk-worker"]},
			 "promotionId": "no-such-promotion", "channels": ["SMS"], "message": "Spring is here",
			 "sendAt": "2030-01-01T10:00:00Z", "offerValidUntil": "2030-02-01T00:00:00Z"}""";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@ParameterizedTest(name = "{0}")
	@MethodSource("promotions")
	void aMalformedNewPromotionIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/promotions", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("promotions")
	void aMalformedPromotionChangeIsRefused(MalformedBody body) {
		assertRefused("PUT", "/api/promotions/no-such-promotion", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("campaigns")
	void aMalformedCampaignIsRefused(MalformedBody body) {
		assertRefused("POST", "/api/campaigns", body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("promotionQueries")
	void aMalformedPromotionQueryIsRefused(MalformedQuery query) {
		marketing().get("/api/promotions?" + query.query()).assertRefusedAsProblem();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quoteQueries")
	void aMalformedQuoteQueryIsRefused(MalformedQuery query) {
		marketing().get("/api/promotions/quote?" + query.query()).assertRefusedAsProblem();
	}

	static List<MalformedBody> promotions() {
		return MalformedInput.bodiesFor(PROMOTION, "name", "kind", "discount", "discount.type", "validFrom",
				"discount.amount.amount", "discount.amount.currency", "limits.budget.amount", "limits.budget.currency");
	}

	static List<MalformedBody> campaigns() {
		return MalformedInput.bodiesFor(CAMPAIGN, "name", "audience", "promotionId", "channels", "message");
	}

	static List<MalformedQuery> promotionQueries() {
		return MalformedInput.queriesFor(QueryParameter.optional("status", "ACTIVE", Type.ENUM));
	}

	static List<MalformedQuery> quoteQueries() {
		return MalformedInput.queriesFor(QueryParameter.required("treatmentId", "swedish", Type.TEXT),
				QueryParameter.required("start", "2030-01-08T10:00:00+01:00", Type.DATE_TIME),
				QueryParameter.optional("code", "SPRING-10", Type.TEXT));
	}

	private void assertRefused(String method, String path, MalformedBody body) {
		StoredDocuments before = stored();

		marketing().send(method, path, body).assertRefusedAsProblem();

		assertThat(stored()).isEqualTo(before);
	}

	private StoredDocuments stored() {
		return StoredDocuments.of(this.mongo.getDb(), COLLECTIONS);
	}

	private RawHttp marketing() {
		return new RawHttp("http://localhost:" + this.port, TestTokens.marketing());
	}

}
