package com.spautopia.booking.web;

import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.testsupport.security.EndpointAccessVerifier;
import com.spautopia.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of booking-service answers anonymous callers, callers with the wrong
 * role and callers with the right role as its access table says, and no endpoint is left
 * out of the table.
 */
@IdleRelayTest
class ApiAccessIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappedEndpointIsInTheAccessTable() {
		assertThat(new EndpointAccessVerifier(this.context, this.port).unclassifiedEndpoints()).isEmpty();
	}

	@Test
	void everyEndpointAnswersAnonymousWrongRoleAndRightRoleAsTheTableSays() {
		assertThat(new EndpointAccessVerifier(this.context, this.port).wrongAnswers()).isEmpty();
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForOperators() {
		BookingApi api = new BookingApi(this.port);

		// DOWN (503) on the MongoDB emulator, which lacks the command the health check
		// sends
		assertThat(api.get("/actuator/health").status()).isIn(200, 503);
		assertThat(api.get("/actuator/health").json().has("status")).isTrue();
		assertThat(api.get("/actuator/metrics").status()).isEqualTo(401);
		assertThat(api.staff().get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(api.as(TestTokens.operator()).get("/actuator/metrics").status()).isEqualTo(200);
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		BookingApi api = new BookingApi(this.port);

		BookingApi.Response answer = api.as(TestTokens.forAudience("another-application", "operator"))
			.get("/actuator/metrics");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("audience");
		assertThat(api.as(TestTokens.operator()).get("/actuator/metrics").status()).isEqualTo(200);
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		String forged = TestTokens.staff().substring(0, TestTokens.staff().lastIndexOf('.')) + ".bm90LWEtc2lnbmF0dXJl";

		BookingApi.Response answer = new BookingApi(this.port).as(forged).get("/api/treatments");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

}
