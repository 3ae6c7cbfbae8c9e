package com.spautopia.security;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * One endpoint of a service and who may call it.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, as the controller maps it (e.g.
 * {@code /api/bookings/{id}/cancel})
 * @param role the role it needs, or {@code null} for a public endpoint
 * @param rateLimited whether calls are limited per client address
 */
public record Endpoint(HttpMethod method, String pattern, @Nullable Role role, boolean rateLimited) {

	/**
	 * An endpoint anyone may call (it may still check something else, such as a manage
	 * token or a webhook signature).
	 * @param method the HTTP method
	 * @param pattern the path pattern
	 * @return the endpoint
	 */
	public static Endpoint anyone(HttpMethod method, String pattern) {
		return new Endpoint(method, pattern, null, false);
	}

	/**
	 * An endpoint for one role.
	 * @param role the role it needs
	 * @param method the HTTP method
	 * @param pattern the path pattern
	 * @return the endpoint
	 */
	public static Endpoint only(Role role, HttpMethod method, String pattern) {
		return new Endpoint(method, pattern, role, false);
	}

	/**
	 * This endpoint, limited per client address.
	 * @return the rate-limited endpoint
	 */
	public Endpoint limitedPerAddress() {
		return new Endpoint(this.method, this.pattern, this.role, true);
	}

	public boolean isPublic() {
		return this.role == null;
	}

}
