package com.spautopia.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /web/config.json}: what the shared page script ({@code /web/spa.js}) needs
 * to sign people in and to link the platform's pages. Public, as the pages are.
 */
@RestController
class WebConfigController {

	private final SpaWebProperties web;

	private final String trustedIssuer;

	WebConfigController(SpaWebProperties web,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String trustedIssuer) {
		this.web = web;
		this.trustedIssuer = trustedIssuer;
	}

	@GetMapping("/web/config.json")
	WebConfig config() {
		String issuer = (this.web.signIn().issuer() != null) ? this.web.signIn().issuer() : this.trustedIssuer;
		return new WebConfig(new WebConfig.SignIn(issuer, this.web.signIn().clientId()), this.web.links());
	}

	/**
	 * The pages' configuration.
	 *
	 * @param signIn the issuer and client id
	 * @param links the platform's pages by name
	 */
	record WebConfig(SignIn signIn, Map<String, String> links) {

		record SignIn(String issuer, String clientId) {
		}

	}

}
