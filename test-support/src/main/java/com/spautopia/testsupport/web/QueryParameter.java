package com.spautopia.testsupport.web;

/**
 * A query parameter of an endpoint, with a value the endpoint accepts.
 *
 * @param name the parameter's name
 * @param validValue a value the endpoint accepts
 * @param type what the value is
 * @param required whether the endpoint needs it
 */
public record QueryParameter(String name, String validValue, Type type, boolean required) {

	public static QueryParameter required(String name, String validValue, Type type) {
		return new QueryParameter(name, validValue, type, true);
	}

	public static QueryParameter optional(String name, String validValue, Type type) {
		return new QueryParameter(name, validValue, type, false);
	}

	/**
	 * What a parameter's value is; any value is the right type for {@link #TEXT}.
	 */
	public enum Type {

		TEXT, DATE, DATE_TIME, NUMBER, BOOLEAN, ENUM

	}

}
