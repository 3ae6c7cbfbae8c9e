package com.spautopia.testsupport.web;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A request body an endpoint must refuse.
 *
 * @param name what is wrong with it, shown as the test's name
 * @param contentType the {@code Content-Type} sent, or none
 * @param body the bytes sent
 */
public record MalformedBody(String name, @Nullable String contentType, byte[] body) {

	static MalformedBody json(String name, String json) {
		return new MalformedBody(name, MalformedInput.JSON, json.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
