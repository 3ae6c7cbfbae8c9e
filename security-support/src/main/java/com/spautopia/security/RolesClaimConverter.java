package com.spautopia.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an access token's roles claim ({@code roles: [staff]}, or a nested one such as
 * Keycloak's {@code realm_access.roles}) into {@code ROLE_STAFF}-style authorities. The
 * caller's name is {@code preferred_username} when the token has one, else its subject.
 */
final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final List<String> path;

	RolesClaimConverter(String claim) {
		this.path = List.of(claim.split("\\."));
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Collection<GrantedAuthority> authorities = roles(jwt.getClaims())
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
			.toList();
		String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username")
				: jwt.getSubject();
		return new JwtAuthenticationToken(jwt, authorities, name);
	}

	private Stream<String> roles(Map<String, Object> claims) {
		Object value = claims;
		for (String step : this.path) {
			if (!(value instanceof Map<?, ?> map)) {
				return Stream.empty();
			}
			value = map.get(step);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf);
		}
		if (value instanceof String text) {
			return Stream.of(text.split("[\\s,]+")).filter((role) -> !role.isEmpty());
		}
		return Stream.empty();
	}

}
