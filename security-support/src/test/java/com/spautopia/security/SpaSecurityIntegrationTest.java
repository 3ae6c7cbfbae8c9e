package com.spautopia.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security chain every service gets from {@link EnableSpaSecurity}, on a test app:
 * rate limits keyed by the real client's address, their answers readable by pages of the
 * allowed origins, and the security headers (a strict Content-Security-Policy, no
 * referrer) on every answer, and tokens of other audiences refused.
 */
@SpringBootTest(classes = SecurityTestApplication.class,
		properties = { "spring.application.name=test-service", "spring.mvc.problemdetails.enabled=true",
				"spa.security.rate-limits.per-address=2", "spa.security.trusted-proxies=10.0.0.0/8,192.168.7.1",
				"spa.web.allowed-origins=http://page.example",
				"spa.web.sign-in.issuer=https://issuer.example:8443/realms/spa",
				"spa.web.links.quote=http://quotes.example:8083/api/promotions/quote" })
@AutoConfigureMockMvc
class SpaSecurityIntegrationTest {

	private static final String PAGE_ORIGIN = "http://page.example";

	@Autowired
	MockMvc mvc;

	@Test
	void aForwardedHeaderFromAnUntrustedPeerIsIgnored() throws Exception {
		this.mvc.perform(things("198.51.100.7").header("X-Forwarded-For", "203.0.113.1")).andExpect(status().isOk());
		this.mvc.perform(things("198.51.100.7").header("X-Forwarded-For", "203.0.113.2")).andExpect(status().isOk());

		this.mvc.perform(things("198.51.100.7").header("X-Forwarded-For", "203.0.113.3"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aForwardedHeaderFromATrustedProxyNamesTheClient() throws Exception {
		this.mvc.perform(things("10.0.0.1").header("X-Forwarded-For", "203.0.113.50")).andExpect(status().isOk());
		this.mvc.perform(things("10.0.0.2").header("Forwarded", "for=203.0.113.50;proto=https"))
			.andExpect(status().isOk());

		this.mvc.perform(things("192.168.7.1").header("X-Forwarded-For", "203.0.113.50"))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(things("10.0.0.1").header("X-Forwarded-For", "203.0.113.51")).andExpect(status().isOk());
	}

	@Test
	void aTooManyRequestsAnswerToAnotherOriginsPageCarriesCorsAndSecurityHeaders() throws Exception {
		this.mvc.perform(things("198.51.100.20").header("Origin", PAGE_ORIGIN));
		this.mvc.perform(things("198.51.100.20").header("Origin", PAGE_ORIGIN));

		this.mvc.perform(things("198.51.100.20").header("Origin", PAGE_ORIGIN))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("https://spautopia.com/problems/rate-limited"))
			.andExpect(header().exists("Retry-After"))
			.andExpect(header().string("Access-Control-Allow-Origin", PAGE_ORIGIN))
			.andExpect(header().string("Content-Security-Policy", startsWith("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aTooLargeBodyIsRefusedWithTheSecurityHeaders() throws Exception {
		this.mvc
			.perform(things("198.51.100.30").header("Origin", PAGE_ORIGIN)
				.content(new byte[70 * 1024])
				.contentType("application/json"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(header().string("Access-Control-Allow-Origin", PAGE_ORIGIN))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void pagesAndApiAnswersCarryAStrictContentSecurityPolicyAndNoReferrer() throws Exception {
		String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self' https://issuer.example:8443 http://quotes.example:8083; "
				+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
		this.mvc.perform(get("/page").with(from("198.51.100.40")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", policy))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		this.mvc.perform(things("198.51.100.41"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", policy))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() throws Exception {
		this.mvc.perform(get("/api/staff-things").header("Authorization", "Bearer test-service~staff"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/staff-things").header("Authorization", "Bearer another-service~staff"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("audience")));
	}

	private static MockHttpServletRequestBuilder things(String peer) {
		return get("/api/things").with(from(peer));
	}

	private static RequestPostProcessor from(String peer) {
		return (request) -> {
			request.setRemoteAddr(peer);
			return request;
		};
	}

}
