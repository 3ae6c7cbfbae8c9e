package com.spautopia.testsupport.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variants of a valid query, one parameter changed in each.
 */
final class QueryVariants {

	private QueryVariants() {
	}

	static List<MalformedQuery> of(List<QueryParameter> parameters) {
		Map<String, String> valid = new LinkedHashMap<>();
		parameters.forEach((parameter) -> valid.put(parameter.name(), encode(parameter.validValue())));
		List<MalformedQuery> queries = new ArrayList<>();
		for (QueryParameter parameter : parameters) {
			String name = parameter.name();
			if (parameter.required()) {
				queries.add(query(name + " is missing", without(valid, name)));
				queries.add(query(name + " is empty", with(valid, name, "")));
				queries.add(query(name + "[$gt]= instead of " + name,
						with(without(valid, name), encode(name + "[$gt]"), "")));
				queries.add(query(name + " has invalid UTF-8", with(valid, name, "%C3%28%A0%A1%FF")));
			}
			for (Map.Entry<String, String> wrong : wrongValues(parameter.type()).entrySet()) {
				queries.add(query(name + " " + wrong.getKey(), with(valid, name, encode(wrong.getValue()))));
			}
			queries.add(query(name + " has " + MalformedInput.HUGE_QUERY_VALUE_CHARACTERS + " characters",
					with(valid, name, "x".repeat(MalformedInput.HUGE_QUERY_VALUE_CHARACTERS))));
		}
		return queries;
	}

	private static Map<String, String> wrongValues(QueryParameter.Type type) {
		Map<String, String> values = new LinkedHashMap<>();
		switch (type) {
			case TEXT -> {
			}
			case DATE -> {
				values.put("is not a date", "tomorrow");
				values.put("is February 30th", "2026-02-30");
				values.put("is a date in another format", "01.06.2026");
			}
			case DATE_TIME -> {
				values.put("is not a date-time", "tomorrow");
				values.put("is at hour 25", "2026-06-01T25:00:00+02:00");
				values.put("has no offset", "2026-06-01 10:00");
			}
			case NUMBER -> {
				values.put("is not a number", "ten");
				values.put("is too large", "9".repeat(40));
			}
			case BOOLEAN -> values.put("is not a boolean", "maybe");
			case ENUM -> values.put("is not one of the values", "NOT_A_VALUE");
		}
		if (type != QueryParameter.Type.TEXT) {
			values.put("is a MongoDB operator", MalformedInput.MONGO_OPERATOR);
		}
		return values;
	}

	private static MalformedQuery query(String name, Map<String, String> parameters) {
		StringBuilder query = new StringBuilder();
		parameters
			.forEach((key, value) -> query.append(query.isEmpty() ? "" : "&").append(key).append('=').append(value));
		return new MalformedQuery(name, query.toString());
	}

	private static Map<String, String> without(Map<String, String> valid, String name) {
		Map<String, String> changed = new LinkedHashMap<>(valid);
		changed.remove(name);
		return changed;
	}

	private static Map<String, String> with(Map<String, String> valid, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(valid);
		changed.put(name, value);
		return changed;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
