package com.spautopia.security;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;

/**
 * Who may call each endpoint of a service: the one table its security filter chain is
 * built from and its access tests read. An endpoint that is not in the table is refused
 * to everyone.
 *
 * @param endpoints the service's endpoints
 */
public record EndpointAccess(List<Endpoint> endpoints) {

	public EndpointAccess {
		endpoints = List.copyOf(endpoints);
	}

	public static EndpointAccess of(Endpoint... endpoints) {
		return new EndpointAccess(List.of(endpoints));
	}

	/**
	 * The table's entry for a mapped endpoint.
	 * @param method the HTTP method
	 * @param pattern the path pattern exactly as mapped
	 * @return the entry, if the endpoint is classified
	 */
	public Optional<Endpoint> find(HttpMethod method, String pattern) {
		return this.endpoints.stream()
			.filter((endpoint) -> endpoint.method().equals(method) && endpoint.pattern().equals(pattern))
			.findFirst();
	}

}
