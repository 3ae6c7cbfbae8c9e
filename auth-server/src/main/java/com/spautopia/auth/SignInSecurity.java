package com.spautopia.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The issuer's two filter chains: the OAuth2 and OpenID Connect endpoints (browsers that
 * are not signed in go to the login page; the platform's pages may call them from their
 * own origins), and the login page itself, with health open for the local run's start-up
 * check. Both answer with a strict Content-Security-Policy and no referrer.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, SignInPages pages) {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.headers(SignInSecurity::strict)
			.cors((cors) -> cors.configurationSource(pagesOf(pages)))
			.with(server, (endpoints) -> endpoints.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) {
		http.headers(SignInSecurity::strict)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * A strict Content-Security-Policy (the login page is Spring Security's, with its
	 * stylesheet and no inline script or style) and no referrer: the authorization
	 * request's address carries the pages' state and PKCE challenge.
	 */
	private static void strict(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy((policy) -> policy
				.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
						+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER));
	}

	private static CorsConfigurationSource pagesOf(SignInPages pages) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(pages.origins());
		configuration.addAllowedMethod(HttpMethod.GET);
		configuration.addAllowedMethod(HttpMethod.POST);
		configuration.addAllowedHeader("*");
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

}
