package com.spautopia.ops.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Reads header values as Kafka clients and the Spring Cloud Stream binder write them:
 * text as UTF-8, numbers as 4- or 8-byte big-endian values (the binder's dead-letter
 * headers) or as text.
 */
public final class RecordHeaders {

	private RecordHeaders() {
	}

	public static @Nullable String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	public static @Nullable String text(Map<String, ?> headers, String name) {
		Object value = headers.get(name);
		if (value == null) {
			return null;
		}
		return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
	}

	public static @Nullable Long number(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		byte[] value = header.value();
		return switch (value.length) {
			case Integer.BYTES -> (long) ByteBuffer.wrap(value).getInt();
			case Long.BYTES -> ByteBuffer.wrap(value).getLong();
			default -> parse(new String(value, StandardCharsets.UTF_8));
		};
	}

	private static @Nullable Long parse(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
