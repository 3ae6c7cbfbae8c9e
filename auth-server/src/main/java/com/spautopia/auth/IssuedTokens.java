package com.spautopia.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every access token is for.
 *
 * @param audience the services that accept the tokens (each checks that the {@code aud}
 * claim names it: {@code spa.security.audience}, by default its application name)
 */
@ConfigurationProperties("spa.auth.tokens")
public record IssuedTokens(@DefaultValue( {
		"booking-service", "promotion-service", "notification-service", "ops-console" }) List<String> audience){

	public IssuedTokens {
		audience = List.copyOf(audience);
	}

}
