package com.spautopia.promotion.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.security.EndpointAccessVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of promotion-service answers anonymous callers, callers with the wrong
 * role and marketing as its access table says, and none is left out of the table.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiAccessIntegrationTests {

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
	void theMarketingPageAndTheApiCarryAStrictContentSecurityPolicyAndSendNoReferrer() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/marketing", "/api/promotions" }) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					BodyHandlers.ofString());
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy)
					.contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
					// the console reads the treatments from booking-service's origin
					.containsPattern("connect-src 'self'[^;]* http://localhost:8081")
					.doesNotContain("unsafe-inline"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
		}
	}

}
