package com.spautopia.testsupport.web;

import java.util.Map;

/**
 * A form post an endpoint must refuse.
 *
 * @param name what is wrong with it, shown as the test's name
 * @param contentType the {@code Content-Type} sent
 * @param body the bytes sent
 * @param parameters the parameters a server reads from the body, for signing it
 */
public record MalformedForm(String name, String contentType, byte[] body, Map<String, String> parameters) {

	@Override
	public String toString() {
		return this.name;
	}

}
