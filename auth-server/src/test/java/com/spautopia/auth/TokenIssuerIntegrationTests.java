package com.spautopia.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts get real signed access tokens that carry their roles, as the README
 * shows with curl.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenIssuerIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void staffClientGetsATokenWithTheStaffRoleSignedWithThePublishedKey() throws Exception {
		HttpResponse<String> answer = token("staff-demo", "staff-demo-secret");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(answer.body());
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks"))
			.build()
			.decode(body.get("access_token").asString());
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("staff");
		assertThat(jwt.getIssuer()).hasToString("http://localhost:9000");
		assertThat(jwt.getSubject()).isEqualTo("staff-demo");
		// the services accept only tokens whose audience names them
		assertThat(jwt.getAudience()).contains("booking-service", "promotion-service", "notification-service",
				"ops-console");
	}

	@Test
	void eachDemoClientHasItsOwnRole() throws Exception {
		assertThat(rolesOf("marketing-demo", "marketing-demo-secret")).containsExactly("marketing");
		assertThat(rolesOf("operator-demo", "operator-demo-secret")).containsExactly("operator");
	}

	@Test
	void aWrongSecretGetsNoToken() throws Exception {
		assertThat(token("staff-demo", "guess").statusCode()).isEqualTo(401);
	}

	@Test
	void discoveryNamesTheIssuerAndItsKeys() throws Exception {
		HttpResponse<String> answer = this.http.send(
				HttpRequest.newBuilder(URI.create(url("/.well-known/openid-configuration"))).build(),
				BodyHandlers.ofString());

		JsonNode metadata = JsonMapper.shared().readTree(answer.body());
		assertThat(metadata.get("issuer").asString()).isEqualTo("http://localhost:9000");
		assertThat(metadata.get("jwks_uri").asString()).isEqualTo("http://localhost:9000/oauth2/jwks");
	}

	@Test
	void healthIsOpenForTheStartUpCheckAndEverythingElseWantsASignIn() throws Exception {
		HttpResponse<String> health = this.http
			.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(), BodyHandlers.ofString());
		HttpResponse<String> authorize = this.http.send(HttpRequest
			.newBuilder(URI.create(url("/oauth2/authorize?response_type=code&client_id=spa-web&scope=openid"
					+ "&redirect_uri=http://localhost:8081/staff/callback&code_challenge_method=S256"
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")))
			.header("Accept", "text/html")
			.build(), BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(authorize.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void theLoginPageAndTheTokenEndpointCarryAStrictContentSecurityPolicyAndSendNoReferrer() throws Exception {
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
				BodyHandlers.ofString());
		HttpResponse<String> token = token("staff-demo", "staff-demo-secret");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).doesNotContain("<script", "<style", "style=");
		for (HttpResponse<String> answer : java.util.List.of(login, token)) {
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().getPath())
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"style-src 'self'", "frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(answer.uri().getPath())
				.hasValue("no-referrer");
		}
	}

	private java.util.List<String> rolesOf(String client, String secret) throws Exception {
		String token = JsonMapper.shared().readTree(token(client, secret).body()).get("access_token").asString();
		return NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token).getClaimAsStringList("roles");
	}

	private HttpResponse<String> token(String client, String secret) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
