package com.spautopia.security;

/**
 * The roles of the spa's people, carried in the access token's roles claim (in any case:
 * {@code staff} and {@code STAFF} are the same role).
 */
public enum Role {

	/** Front desk and therapists: treatments, therapists, hours, bookings, clients. */
	STAFF,

	/** Marketing: promotions and campaigns. */
	MARKETING,

	/** Operators: notification records, event flows, dead letters, actuator endpoints. */
	OPERATOR;

	/**
	 * The Spring Security authority of this role.
	 * @return {@code ROLE_} and the role's name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
