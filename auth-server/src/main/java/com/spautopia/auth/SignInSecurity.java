package com.spautopia.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The issuer's two filter chains: the OAuth2 and OpenID Connect endpoints (browsers that
 * are not signed in go to the login page), and the login page itself, with health open
 * for the local run's start-up check.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, (endpoints) -> endpoints.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

}
