package com.spautopia.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of events: ISO-8601 times that keep their offset, plain decimal amounts,
 * absent optional fields left out, and unknown fields ignored so that older consumers
 * read newer producers' events.
 */
public final class EventJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build();

	private EventJson() {
	}

	/**
	 * The shared, thread-safe mapper for event data.
	 * @return the mapper
	 */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

}
