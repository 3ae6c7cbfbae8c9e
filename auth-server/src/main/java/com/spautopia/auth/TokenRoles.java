package com.spautopia.auth;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Puts the caller's roles into every access token's {@code roles} claim (a machine
 * client's from {@code spa.auth.client-roles}, a person's from their account) and the
 * platform's services into its {@code aud} claim (in place of the client id Spring
 * Authorization Server puts there): the services accept only tokens meant for them.
 */
@Configuration(proxyBeanMethods = false)
class TokenRoles {

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> rolesClaim(DemoAccounts accounts, IssuedTokens tokens) {
		return (context) -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			List<String> roles;
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				roles = accounts.clientRoles().getOrDefault(context.getRegisteredClient().getClientId(), List.of());
			}
			else {
				roles = context.getPrincipal()
					.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter((authority) -> authority.startsWith("ROLE_"))
					.map((authority) -> authority.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
					.toList();
				context.getClaims().claim("preferred_username", context.getPrincipal().getName());
			}
			context.getClaims().claim("roles", roles).audience(tokens.audience());
		};
	}

	@Bean
	UserDetailsService users(DemoAccounts accounts) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new InMemoryUserDetailsManager(accounts.users()
			.stream()
			.map((user) -> User.withUsername(user.username())
				.password(encoder.encode(user.password()))
				.roles(user.roles().stream().map((role) -> role.toUpperCase(Locale.ROOT)).toArray(String[]::new))
				.build())
			.toList());
	}

}
