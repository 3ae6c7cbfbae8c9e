package com.spautopia.testsupport.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The malformed requests every endpoint that reads a body or query parameters must refuse
 * with a 4xx problem detail, changing nothing: empty and {@code null} bodies, text that
 * is not JSON, invalid UTF-8, wrong content types, huge bodies and values, wrong JSON
 * types, missing required fields and MongoDB operators ({@code {"$gt": ""}},
 * {@code name[$gt]=}) where a value belongs. Bodies, forms and queries are derived from a
 * valid example, so every field of an endpoint gets each case that fits its type.
 */
public final class MalformedInput {

	/** The JSON content type. */
	public static final String JSON = "application/json";

	/** The form content type. */
	public static final String FORM = "application/x-www-form-urlencoded";

	/** A MongoDB query operator, sent where a plain value belongs. */
	public static final String MONGO_OPERATOR = "{\"$gt\": \"\"}";

	static final int HUGE_BODY_BYTES = 1024 * 1024;

	static final int HUGE_FIELD_CHARACTERS = 20_000;

	static final int HUGE_QUERY_VALUE_CHARACTERS = 4_000;

	static final byte[] INVALID_UTF8 = { (byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF };

	private MalformedInput() {
	}

	/**
	 * Bodies no JSON endpoint accepts, whatever it expects.
	 * @return the bodies
	 */
	public static List<MalformedBody> anyJsonBody() {
		return genericBodies("{}");
	}

	/**
	 * Malformed variants of a valid JSON object body: the bodies no JSON endpoint
	 * accepts, the empty object, and for every field (nested ones and the first element
	 * of arrays too) the wrong JSON types, a MongoDB operator, a huge value and, for the
	 * required ones, its absence and {@code null}.
	 * @param validJson a body the endpoint accepts
	 * @param requiredFields the dotted paths of the fields it needs, such as
	 * {@code client.name}
	 * @return the bodies
	 */
	public static List<MalformedBody> bodiesFor(String validJson, String... requiredFields) {
		List<MalformedBody> bodies = new ArrayList<>(genericBodies(validJson));
		if (requiredFields.length > 0) {
			bodies.add(MalformedBody.json("empty object", "{}"));
		}
		bodies.addAll(JsonVariants.of(validJson, Set.of(requiredFields)));
		return bodies;
	}

	/**
	 * Malformed variants of a valid form post: no body, JSON instead, a huge body, and
	 * for every parameter a MongoDB operator, a huge value, invalid UTF-8 and, for the
	 * required ones, its absence and a {@code name[$gt]=} parameter in its place.
	 * @param validForm a form the endpoint accepts
	 * @param requiredFields the parameters it needs
	 * @return the forms
	 */
	public static List<MalformedForm> formsFor(Map<String, String> validForm, String... requiredFields) {
		return FormVariants.of(validForm, Set.of(requiredFields));
	}

	/**
	 * Malformed variants of a valid query: each required parameter missing, empty, or
	 * replaced by {@code name[$gt]=}; each typed parameter of the wrong type, malformed
	 * or a MongoDB operator; each parameter huge.
	 * @param parameters the endpoint's parameters with valid values
	 * @return the queries
	 */
	public static List<MalformedQuery> queriesFor(QueryParameter... parameters) {
		return QueryVariants.of(List.of(parameters));
	}

	private static List<MalformedBody> genericBodies(String validJson) {
		byte[] valid = validJson.getBytes(StandardCharsets.UTF_8);
		return List.of(new MalformedBody("empty body", JSON, new byte[0]), MalformedBody.json("null", "null"),
				MalformedBody.json("text that is not JSON", "this is not JSON"),
				MalformedBody.json("truncated JSON", validJson.substring(0, validJson.length() / 2)),
				MalformedBody.json("a JSON array", "[" + validJson + "]"),
				MalformedBody.json("a JSON string", "\"text\""), MalformedBody.json("a JSON number", "42"),
				MalformedBody.json("20,000 nested arrays", "[".repeat(20_000) + "]".repeat(20_000)),
				MalformedBody.json("a 1 MB body", "{\"padding\": \"" + "x".repeat(HUGE_BODY_BYTES) + "\"}"),
				new MalformedBody("invalid UTF-8 bytes in a string", JSON, JsonVariants.withInvalidUtf8(validJson)),
				new MalformedBody("valid JSON sent as text/plain", "text/plain", valid),
				new MalformedBody("valid JSON sent as a form", FORM, valid),
				new MalformedBody("valid JSON without a Content-Type", null, valid));
	}

}
