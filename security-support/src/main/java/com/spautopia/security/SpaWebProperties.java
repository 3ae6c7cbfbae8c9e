package com.spautopia.security;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's web pages need: the web origins that may call its API from another
 * service's page (CORS), how people sign in, and where the platform's other pages are.
 *
 * @param allowedOrigins origins (scheme, host and port) whose pages may call this
 * service's {@code /api/**}, e.g. the booking page's origin for the promotion quote
 * @param signIn the OpenID Connect issuer and public client the pages sign in with
 * @param links the platform's pages by name ({@code book}, {@code desk},
 * {@code marketing}, {@code ops}), shown in every page's navigation, the public quote API
 * ({@code quote}) the booking page calls, and notification-service
 * ({@code notifications}) whose messages and replies the front desk page reads
 */
@ConfigurationProperties("spa.web")
public record SpaWebProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue SignIn signIn,
		@DefaultValue Map<String, String> links) {

	/**
	 * Where the pages are when nothing says otherwise: the local run's and
	 * docker-compose's ports on this machine.
	 */
	static final Map<String, String> LOCAL_LINKS = Map.of("book", "http://localhost:8081/book", "marketing",
			"http://localhost:8083/marketing", "ops", "http://localhost:8084/ops", "quote",
			"http://localhost:8083/api/promotions/quote", "desk", "http://localhost:8081/desk", "notifications",
			"http://localhost:8082");

	public SpaWebProperties {
		allowedOrigins = List.copyOf(allowedOrigins);
		links = links.isEmpty() ? LOCAL_LINKS : Map.copyOf(links);
	}

	/**
	 * How a page signs a person in: the authorization code flow with PKCE, as a public
	 * client.
	 *
	 * @param issuer the issuer's URI, whose discovery document names its endpoints; by
	 * default the issuer this service trusts
	 * @param clientId the public client registered for the pages
	 */
	public record SignIn(@Nullable String issuer, @DefaultValue("spa-web") String clientId) {

	}

}
