package com.spautopia.testsupport.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Variants of a valid JSON object, one field changed in each.
 */
final class JsonVariants {

	private static final ObjectMapper json = new ObjectMapper();

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final String INVALID_UTF8_MARKER = "INVALID-UTF8-MARKER";

	private final ObjectNode valid;

	private final Set<String> required;

	private final List<MalformedBody> variants = new ArrayList<>();

	private JsonVariants(ObjectNode valid, Set<String> required) {
		this.valid = valid;
		this.required = required;
	}

	static List<MalformedBody> of(String validJson, Set<String> required) {
		JsonVariants variants = new JsonVariants(parse(validJson), required);
		variants.fieldsOf(List.of(), variants.valid);
		return variants.variants;
	}

	/**
	 * The valid body with invalid UTF-8 bytes in its first string value.
	 * @param validJson the valid body
	 * @return the bytes
	 */
	static byte[] withInvalidUtf8(String validJson) {
		ObjectNode marked = parse(validJson);
		List<Object> path = firstText(List.of(), marked);
		String text = (path != null) ? write(replaced(marked, path, (value) -> nodes.textNode(INVALID_UTF8_MARKER)))
				: "{\"text\": \"" + INVALID_UTF8_MARKER + "\"}";
		int at = text.indexOf(INVALID_UTF8_MARKER);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(MalformedInput.INVALID_UTF8);
		bytes.writeBytes(text.substring(at + INVALID_UTF8_MARKER.length()).getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private void fieldsOf(List<Object> path, ObjectNode object) {
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			List<Object> fieldPath = append(path, field.getKey());
			if (this.required.contains(name(fieldPath))) {
				add(fieldPath, "is missing", null);
				add(fieldPath, "is null", (value) -> nodes.nullNode());
			}
			valueOf(fieldPath, field.getValue());
		}
	}

	private void valueOf(List<Object> path, JsonNode value) {
		add(path, "is a MongoDB operator", (ignored) -> mongoOperator());
		if (value.isTextual()) {
			add(path, "is an array", (ignored) -> nodes.arrayNode().add(value.asText()));
			add(path, "has " + MalformedInput.HUGE_FIELD_CHARACTERS + " characters",
					(ignored) -> nodes.textNode("x".repeat(MalformedInput.HUGE_FIELD_CHARACTERS)));
		}
		else if (value.isNumber() || value.isBoolean()) {
			add(path, "is text", (ignored) -> nodes.textNode("not a " + (value.isNumber() ? "number" : "boolean")));
		}
		else if (value.isArray()) {
			add(path, "is text", (ignored) -> nodes.textNode("not a list"));
			add(path, "is a number", (ignored) -> nodes.numberNode(42));
			if (!value.isEmpty()) {
				add(path, "has a null element", (ignored) -> nodes.arrayNode().addNull());
				JsonNode first = value.get(0);
				if (first.isObject()) {
					fieldsOf(append(path, 0), (ObjectNode) first);
				}
				else {
					add(append(path, 0), "is a MongoDB operator", (ignored) -> mongoOperator());
				}
			}
		}
		else if (value.isObject()) {
			add(path, "is text", (ignored) -> nodes.textNode("not an object"));
			add(path, "is an array", (ignored) -> nodes.arrayNode());
			fieldsOf(path, (ObjectNode) value);
		}
	}

	private void add(List<Object> path, String problem, @Nullable Function<JsonNode, JsonNode> change) {
		this.variants.add(MalformedBody.json(name(path) + " " + problem, write(replaced(this.valid, path, change))));
	}

	private static ObjectNode replaced(ObjectNode valid, List<Object> path,
			@Nullable Function<JsonNode, JsonNode> change) {
		ObjectNode copy = valid.deepCopy();
		JsonNode parent = copy;
		for (Object step : path.subList(0, path.size() - 1)) {
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.get(path.size() - 1);
		if (parent instanceof ArrayNode array) {
			int index = (Integer) last;
			array.set(index, (change != null) ? change.apply(array.get(index)) : nodes.nullNode());
		}
		else {
			ObjectNode object = (ObjectNode) parent;
			if (change != null) {
				object.set((String) last, change.apply(object.get((String) last)));
			}
			else {
				object.remove((String) last);
			}
		}
		return copy;
	}

	private static @Nullable List<Object> firstText(List<Object> path, JsonNode node) {
		if (node.isTextual()) {
			return path;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				List<Object> found = firstText(append(path, field.getKey()), field.getValue());
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static ObjectNode mongoOperator() {
		return nodes.objectNode().put("$gt", "");
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return longer;
	}

	private static String name(List<Object> path) {
		StringBuilder name = new StringBuilder();
		for (Object step : path) {
			if (step instanceof Integer index) {
				name.append('[').append(index).append(']');
			}
			else {
				name.append(name.isEmpty() ? "" : ".").append(step);
			}
		}
		return name.toString();
	}

	private static ObjectNode parse(String validJson) {
		try {
			return (ObjectNode) json.readTree(validJson);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not a JSON object: " + validJson, ex);
		}
	}

	private static String write(JsonNode node) {
		try {
			return json.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
