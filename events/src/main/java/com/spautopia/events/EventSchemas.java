package com.spautopia.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schema of every event type, loaded from this module's {@code schemas/}
 * resources.
 */
public final class EventSchemas {

	/** The base of every schema's {@code $id}. */
	public static final String BASE_URI = "https://schemas.spautopia.com/events/";

	private static final EventSchemas INSTANCE = new EventSchemas();

	private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

	private EventSchemas() {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
				(builder) -> builder.schemaMappers((mappers) -> mappers.mapPrefix(BASE_URI, "classpath:schemas/")));
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		for (EventType type : EventType.values()) {
			JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE_URI + type.typeName() + ".schema.json"),
					config);
			schema.initializeValidators();
			this.schemas.put(type, schema);
		}
	}

	public static EventSchemas get() {
		return INSTANCE;
	}

	/**
	 * Validates event data against its type's schema.
	 * @param type the event's type
	 * @param data the event's JSON data
	 * @return the violations, empty when the data is valid
	 */
	public List<String> violations(EventType type, JsonNode data) {
		Set<ValidationMessage> messages = this.schemas.get(type).validate(data);
		return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
	}

}
