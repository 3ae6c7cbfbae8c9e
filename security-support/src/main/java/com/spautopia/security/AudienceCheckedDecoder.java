package com.spautopia.security;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Accepts only tokens whose {@code aud} claim names this service: a token the issuer made
 * for another audience (another application of the same issuer) is refused (401),
 * whichever decoder the service has (its issuer's, or a test's).
 */
final class AudienceCheckedDecoder implements JwtDecoder {

	private final JwtDecoder decoder;

	private final String audience;

	AudienceCheckedDecoder(JwtDecoder decoder, String audience) {
		this.decoder = decoder;
		this.audience = audience;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.decoder.decode(token);
		List<String> named = jwt.getAudience();
		if (named == null || !named.contains(this.audience)) {
			String description = "the token is not meant for this service: its audience does not name " + this.audience;
			throw new JwtValidationException(description,
					List.of(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null)));
		}
		return jwt;
	}

}
