package com.spautopia.auth;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may get tokens and with which roles. Machine clients (the OAuth2
 * {@code client_credentials} grant, e.g. curl) are registered under
 * {@code spring.security.oauth2.authorizationserver.client}; their roles are here.
 *
 * @param clientRoles the roles of each machine client, by client id
 * @param users people who sign in on the login page (authorization code grant)
 */
@ConfigurationProperties("spa.auth")
public record DemoAccounts(Map<String, List<String>> clientRoles, List<User> users) {

	public DemoAccounts {
		clientRoles = Map.copyOf(clientRoles);
		users = List.copyOf(users);
	}

	/**
	 * A person with a password and roles.
	 *
	 * @param username the sign-in name
	 * @param password the password (demo only: documented in the README)
	 * @param roles the roles
	 */
	public record User(String username, String password, List<String> roles) {

	}

}
