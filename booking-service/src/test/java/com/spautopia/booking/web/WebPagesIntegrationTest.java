package com.spautopia.booking.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.spautopia.booking.IdleRelayTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients' pages are served by the service to anyone, with what they need to show the
 * spa's rules; the API answers pages of the allowed origins only (CORS).
 */
@IdleRelayTest
class WebPagesIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theBookingPageIsServedToAnyoneAndTheHomeAddressLeadsToIt() throws Exception {
		HttpResponse<String> page = get("/book", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<title>Book online", "/book/book.js", "/web/spa.js");
		assertThat(get("/book/book.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/book/free-times.js", null).statusCode()).isEqualTo(200);
		assertThat(page.body()).as("the waitlist is offered when no time fits")
			.contains("/book/waitlist.js", "Tell me if something frees up");
		assertThat(get("/book/waitlist.js", null).body()).contains("/api/waitlist");
		HttpResponse<String> leave = get("/book/leave.html?entry=e&token=t", null);
		assertThat(leave.statusCode()).isEqualTo(200);
		assertThat(leave.body()).contains("<title>Leave the waitlist", "/book/leave.js");
		assertThat(get("/book/leave.js", null).body()).contains("method: 'DELETE'");
		HttpResponse<String> claim = get("/book/claim.html?offer=o&token=t", null);
		assertThat(claim.statusCode()).isEqualTo(200);
		assertThat(claim.body()).contains("/book/claim.js", "Book it").doesNotContain("<script>");
		assertThat(get("/book/claim.js", null).body()).contains("/claim", "method: 'POST'");
		assertThat(get("/web/spa.js", null).body()).contains("completeSignIn");

		HttpResponse<String> home = get("/", null);
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/book"));
	}

	@Test
	void theManageLinkOpensTheManagePageForAnyBookingId() throws Exception {
		HttpResponse<String> page = get("/manage/some-booking-id?token=abc", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>My booking", "/manage/manage.js");
	}

	@Test
	void theFrontDeskPageAndItsSignInCallbackAreServedWithoutInlineScript() throws Exception {
		for (String path : new String[] { "/desk", "/desk/", "/desk/callback?code=abc&state=xyz" }) {
			HttpResponse<String> page = get(path, null);

			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).contains("<title>Front desk", "/desk/desk.js", "/web/spa.js", "/book/free-times.js")
				.doesNotContainPattern("<script>|<script(?![^>]*\\bsrc=)[^>]*>|\\sstyle=|\\son[a-z]+=");
			// the page reads a client's messages and replies from notification-service
			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy)
					.containsPattern("connect-src 'self'[^;]* " + "http://localhost:8082"));
		}
		assertThat(get("/desk/desk.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/desk/desk.css", null).statusCode()).isEqualTo(200);
		JsonNode config = new ObjectMapper().readTree(get("/web/config.json", null).body());
		assertThat(config.path("links").path("desk").asText()).endsWith("/desk");
		assertThat(config.path("links").path("notifications").asText()).isNotBlank();
	}

	@Test
	void thePagesLearnTheSpasRulesAndWhereTheOtherPagesAre() throws Exception {
		JsonNode rules = new ObjectMapper().readTree(get("/api/spa", null).body());
		assertThat(rules.path("timeZone").asText()).isEqualTo("Europe/Warsaw");
		assertThat(rules.path("lateCancelWindowMinutes").asLong()).isEqualTo(24 * 60);
		assertThat(rules.path("opens").asText()).isEqualTo("09:00:00");

		JsonNode config = new ObjectMapper().readTree(get("/web/config.json", null).body());
		assertThat(config.path("links").path("quote").asText()).endsWith("/api/promotions/quote");
		assertThat(config.path("signIn").path("clientId").asText()).isEqualTo("spa-web");
		assertThat(config.path("signIn").path("issuer").asText()).isNotBlank();
	}

	@Test
	void anAllowedOriginsPageMayReadTheApiAndAnotherOriginsMayNot() throws Exception {
		HttpResponse<String> allowed = get("/api/treatments", "http://localhost:8083");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8083");

		HttpResponse<String> other = get("/api/treatments", "https://elsewhere.example");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void pagesAndApiAnswersCarryAStrictContentSecurityPolicyAndSendNoReferrer() throws Exception {
		for (String path : new String[] { "/book", "/manage/some-booking-id?token=abc", "/api/treatments" }) {
			HttpResponse<String> answer = get(path, null);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"style-src 'self'", "frame-ancestors 'none'"))
				.hasValueSatisfying((policy) -> assertThat(policy).doesNotContain("unsafe-inline"))
				// the booking page reads the promotion quote from promotion-service's
				// origin
				.hasValueSatisfying((policy) -> assertThat(policy)
					.containsPattern("connect-src 'self'[^;]* " + "http://localhost:8083"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
		}
	}

	private HttpResponse<String> get(String path, @Nullable String origin) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
