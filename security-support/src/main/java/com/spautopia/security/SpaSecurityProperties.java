package com.spautopia.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP security settings shared by the services. The token issuer itself is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param rolesClaim the access token claim holding the caller's roles; a dotted path
 * reaches into nested claims (Keycloak's {@code realm_access.roles})
 * @param maxRequestSize the largest request body accepted (413 above it)
 * @param rateLimits limits on public endpoints
 */
@ConfigurationProperties("spa.security")
public record SpaSecurityProperties(@DefaultValue("roles") String rolesClaim,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue RateLimits rateLimits) {

	/**
	 * Limits on public endpoints, as token buckets that refill steadily.
	 *
	 * @param enabled whether limits apply
	 * @param perAddress requests one client address may make per {@code addressPeriod} on
	 * a rate-limited endpoint
	 * @param addressPeriod the period of {@code perAddress}
	 * @param perPhone requests (e.g. bookings) one phone number may make per
	 * {@code phonePeriod}
	 * @param phonePeriod the period of {@code perPhone}
	 */
	public record RateLimits(@DefaultValue("true") boolean enabled, @DefaultValue("120") long perAddress,
			@DefaultValue("1m") Duration addressPeriod, @DefaultValue("10") long perPhone,
			@DefaultValue("1h") Duration phonePeriod) {

	}

}
