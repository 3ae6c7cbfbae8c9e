package com.spautopia.testsupport.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Variants of a valid form post, one parameter changed in each.
 */
final class FormVariants {

	private FormVariants() {
	}

	static List<MalformedForm> of(Map<String, String> valid, Set<String> required) {
		List<MalformedForm> forms = new ArrayList<>();
		forms.add(new MalformedForm("empty body", MalformedInput.FORM, new byte[0], Map.of()));
		forms.add(new MalformedForm("JSON instead of a form", MalformedInput.JSON,
				"{\"From\": \"+15005550006\"}".getBytes(StandardCharsets.UTF_8), Map.of()));
		forms.add(form("a 1 MB body", with(valid, "Padding", "x".repeat(MalformedInput.HUGE_BODY_BYTES))));
		for (String name : valid.keySet()) {
			if (required.contains(name)) {
				Map<String, String> missing = new LinkedHashMap<>(valid);
				missing.remove(name);
				forms.add(form(name + " is missing", missing));
				Map<String, String> operator = new LinkedHashMap<>(missing);
				operator.put(name + "[$gt]", "");
				forms.add(form(name + "[$gt]= instead of " + name, operator));
			}
			forms.add(form(name + " is a MongoDB operator", with(valid, name, MalformedInput.MONGO_OPERATOR)));
			forms.add(form(name + " has " + MalformedInput.HUGE_FIELD_CHARACTERS + " characters",
					with(valid, name, "x".repeat(MalformedInput.HUGE_FIELD_CHARACTERS))));
			forms.add(invalidUtf8(valid, name));
		}
		return forms;
	}

	private static MalformedForm form(String name, Map<String, String> parameters) {
		return new MalformedForm(name, MalformedInput.FORM, encode(parameters).getBytes(StandardCharsets.US_ASCII),
				parameters);
	}

	// the parameters are those a server decoding leniently (replacement characters) reads
	private static MalformedForm invalidUtf8(Map<String, String> valid, String name) {
		Map<String, String> others = new LinkedHashMap<>(valid);
		others.remove(name);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(encode(others).getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(((others.isEmpty() ? "" : "&") + name + "=").getBytes(StandardCharsets.US_ASCII));
		StringBuilder escaped = new StringBuilder();
		for (byte b : MalformedInput.INVALID_UTF8) {
			escaped.append('%').append(String.format("%02X", b & 0xFF));
		}
		body.writeBytes(escaped.toString().getBytes(StandardCharsets.US_ASCII));
		return new MalformedForm(name + " has invalid UTF-8", MalformedInput.FORM, body.toByteArray(),
				with(valid, name, new String(MalformedInput.INVALID_UTF8, StandardCharsets.UTF_8)));
	}

	private static Map<String, String> with(Map<String, String> valid, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(valid);
		changed.put(name, value);
		return changed;
	}

	static String encode(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((parameter) -> URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
