package com.spautopia.events;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the hand-written schemas and the records in step: a field added to a record
 * without its schema (or the reverse) fails here.
 */
class EventSchemasTest {

	@ParameterizedTest
	@EnumSource(EventType.class)
	void schemaDescribesEveryFieldOfItsRecord(EventType type) throws Exception {
		JsonNode schema = schema(type);
		Set<String> properties = new HashSet<>();
		schema.get("properties").fieldNames().forEachRemaining(properties::add);

		assertThat(properties).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(type.eventClass().getRecordComponents()).map(RecordComponent::getName).toList());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void schemaRequiresExactlyTheNonNullableFields(EventType type) throws Exception {
		List<String> required = schema(type).get("required").valueStream().map(JsonNode::asText).toList();

		assertThat(required).containsExactlyInAnyOrderElementsOf(Arrays.stream(type.eventClass().getRecordComponents())
			.filter((component) -> !component.getAnnotatedType().isAnnotationPresent(Nullable.class))
			.map(RecordComponent::getName)
			.toList());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void schemaIdNamesItsVersionedType(EventType type) throws Exception {
		assertThat(schema(type).get("$id").asText())
			.isEqualTo(EventSchemas.BASE_URI + type.typeName() + ".schema.json");
	}

	private static JsonNode schema(EventType type) throws Exception {
		try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
			assertThat(in).as(type.schemaResource()).isNotNull();
			return EventJson.mapper().readTree(in);
		}
	}

}
