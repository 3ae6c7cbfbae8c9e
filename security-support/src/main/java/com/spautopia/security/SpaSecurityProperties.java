package com.spautopia.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP security settings shared by the services. The token issuer itself is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param rolesClaim the access token claim holding the caller's roles; a dotted path
 * reaches into nested claims (Keycloak's {@code realm_access.roles})
 * @param audience the name an access token's {@code aud} claim must hold for this service
 * to accept it; by default the service's {@code spring.application.name}
 * @param maxRequestSize the largest request body accepted (413 above it)
 * @param trustedProxies the proxies (IP addresses or CIDR ranges, e.g.
 * {@code 10.0.0.0/8}) whose {@code Forwarded} and {@code X-Forwarded-For} headers name
 * the client; requests from any other peer are counted under the peer's own address
 * @param rateLimits limits on public endpoints
 */
@ConfigurationProperties("spa.security")
public record SpaSecurityProperties(@DefaultValue("roles") String rolesClaim, @Nullable String audience,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue List<String> trustedProxies,
		@DefaultValue RateLimits rateLimits) {

	public SpaSecurityProperties {
		trustedProxies = List.copyOf(trustedProxies);
	}

	/**
	 * Limits on public endpoints, as token buckets that refill steadily.
	 *
	 * @param enabled whether limits apply
	 * @param store where the buckets live: {@code mongodb} (the service's database,
	 * shared by all its instances) or {@code local} (this instance only: each instance
	 * then allows the whole limit, for a service without MongoDB)
	 * @param perAddress requests one client address may make per {@code addressPeriod} on
	 * a rate-limited endpoint
	 * @param addressPeriod the period of {@code perAddress}
	 * @param perPhone requests (e.g. bookings) one phone number may make per
	 * {@code phonePeriod}
	 * @param phonePeriod the period of {@code perPhone}
	 */
	public record RateLimits(@DefaultValue("true") boolean enabled, @DefaultValue("mongodb") Store store,
			@DefaultValue("120") long perAddress, @DefaultValue("1m") Duration addressPeriod,
			@DefaultValue("10") long perPhone, @DefaultValue("1h") Duration phonePeriod) {

		/**
		 * Where the buckets live.
		 */
		public enum Store {

			/** In the service's MongoDB database, shared by its instances. */
			MONGODB,

			/** In this instance's memory. */
			LOCAL

		}

	}

}
