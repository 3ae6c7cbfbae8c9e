package com.spautopia.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, for endpoints that anyone may call but that do more for some roles
 * (staff may manage any booking without its manage token).
 */
public final class Callers {

	private Callers() {
	}

	/**
	 * Whether the current caller has a role.
	 * @param role the role
	 * @return true when the request carried a valid token with that role
	 */
	public static boolean have(Role role) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.isAuthenticated()
				&& caller.getAuthorities()
					.stream()
					.anyMatch((granted) -> role.authority().equals(granted.getAuthority()));
	}

}
