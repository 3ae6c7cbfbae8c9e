package com.spautopia.security;

import java.time.Clock;

import com.spautopia.security.SpaSecurityProperties.RateLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The security filter chain of a service: stateless, a bearer JWT resource server whose
 * roles come from {@code spa.security.roles-claim}, every endpoint as the service's
 * {@link EndpointAccess} table says and anything else refused; health is public, the
 * other actuator endpoints are for operators. CSRF protection is off: no endpoint uses
 * cookies or sessions (browsers send bearer tokens; Twilio's webhooks are signed). The
 * shared page assets under {@code /web/} are public; pages of other origins may call
 * {@code /api/**} when {@code spa.web.allowed-origins} names them. Every answer carries a
 * strict Content-Security-Policy (see {@link ContentSecurityPolicy}) and
 * {@code Referrer-Policy: no-referrer} (manage and unsubscribe links carry secrets in
 * their URLs), besides Spring Security's default headers; access tokens are accepted only
 * when their audience names the service ({@code spa.security.audience}). The guard filter
 * (size and rate limits, {@link RateLimiter}) runs after the header and CORS filters, so
 * its 413 and 429 answers carry their headers too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SpaSecurityProperties.class, SpaWebProperties.class })
@Import({ WebConfigController.class, ProblemErrorController.class })
class SpaSecurityConfiguration {

	@Bean
	RateLimiter rateLimiter(SpaSecurityProperties properties, ObjectProvider<MongoDatabaseFactory> mongo,
			ObjectProvider<Clock> clock) {
		RateLimits limits = properties.rateLimits();
		if (limits.store() == RateLimits.Store.LOCAL) {
			return new RateLimiter(limits, new LocalBucketStore(RateLimiter.longestPeriod(limits)));
		}
		MongoDatabaseFactory database = mongo.getIfAvailable();
		if (database == null) {
			throw new IllegalStateException("The rate limits' buckets are kept in MongoDB, and this service has none: "
					+ "configure MongoDB or set spa.security.rate-limits.store=local.");
		}
		return new RateLimiter(limits,
				new MongoBucketStore(database.getMongoDatabase(), clock.getIfAvailable(Clock::systemUTC)));
	}

	@Bean
	SecurityFilterChain spaSecurityFilterChain(HttpSecurity http, EndpointAccess access,
			SpaSecurityProperties properties, SpaWebProperties web, RateLimiter rateLimiter,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
			ObjectProvider<JwtDecoder> decoder, Environment environment) {
		SecurityProblems problems = new SecurityProblems(resolver);
		String issuer = (web.signIn().issuer() != null) ? web.signIn().issuer()
				: environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
		http.csrf(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers
				.contentSecurityPolicy((policy) -> policy.policyDirectives(ContentSecurityPolicy.of(web, issuer)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.cors((cors) -> cors.configurationSource(crossOriginApi(web)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/web/**").permitAll();
				requests.requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name());
				for (Endpoint endpoint : access.endpoints()) {
					var matched = requests.requestMatchers(endpoint.method(), endpoint.pattern());
					if (endpoint.isPublic()) {
						matched.permitAll();
					}
					else {
						matched.hasRole(endpoint.role().name());
					}
				}
				requests.anyRequest().denyAll();
			})
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt
					.decoder(new AudienceCheckedDecoder(decoder.getObject(), audience(properties, environment)))
					.jwtAuthenticationConverter(new RolesClaimConverter(properties.rolesClaim())))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterAfter(new GuardFilter(properties.maxRequestSize().toBytes(), access, rateLimiter,
					new ClientAddresses(properties.trustedProxies()), problems), CorsFilter.class);
		return http.build();
	}

	private static String audience(SpaSecurityProperties properties, Environment environment) {
		String audience = (properties.audience() != null) ? properties.audience()
				: environment.getProperty("spring.application.name");
		if (audience == null || audience.isBlank()) {
			throw new IllegalStateException(
					"Name this service's audience: spa.security.audience (or spring.application.name).");
		}
		return audience;
	}

	private static UrlBasedCorsConfigurationSource crossOriginApi(SpaWebProperties web) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(web.allowedOrigins());
		api.addAllowedMethod("*");
		api.addAllowedHeader("*");
		api.addExposedHeader(HttpHeaders.LOCATION);
		api.addExposedHeader(HttpHeaders.RETRY_AFTER);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
