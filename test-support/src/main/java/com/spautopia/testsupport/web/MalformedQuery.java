package com.spautopia.testsupport.web;

/**
 * A query string an endpoint must refuse.
 *
 * @param name what is wrong with it, shown as the test's name
 * @param query the query string, encoded, without the {@code ?}
 */
public record MalformedQuery(String name, String query) {

	@Override
	public String toString() {
		return this.name;
	}

}
