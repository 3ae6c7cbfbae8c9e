package com.spautopia.booking.appointment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.EventJson;

/**
 * A booking event's data without the personal data of an erased client: the client
 * snapshot replaced by the erased client but for the phone number (events must carry a
 * valid one; ClientErased, published after them, has every consumer erase it), a
 * free-text reason removed (SlotFreed's reason, one of a few words, stays). Data that
 * does not read as JSON is left alone (the relay quarantines it; the erasure of its
 * booking still rewrites the rest).
 */
final class ErasedEvents {

	private static final ObjectMapper JSON = EventJson.mapper();

	private ErasedEvents() {
	}

	/**
	 * The event's data without the client's personal data.
	 * @param data the event's JSON data
	 * @param erased the client as erased
	 * @return the data, unchanged if it held none of the client's
	 */
	static String scrub(String data, ClientSnapshot erased) {
		JsonNode event;
		try {
			event = JSON.readTree(data);
		}
		catch (JsonProcessingException ex) {
			return data;
		}
		if (!(event instanceof ObjectNode fields)) {
			return data;
		}
		boolean changed = false;
		JsonNode client = fields.get("client");
		if (client != null && client.path("clientId").asText().equals(erased.clientId())) {
			// the number stays: the event must still name a valid E.164 number, and the
			// ClientErased event that follows it tells every consumer to erase it
			ObjectNode anonymous = JSON.valueToTree(erased);
			anonymous.set("phone", client.path("phone"));
			fields.set("client", anonymous);
			changed = true;
		}
		// SlotFreed's reason (beside the time it freed) is a fixed word, not free text
		if (fields.hasNonNull("reason") && fields.get("reason").isTextual() && !fields.has("freed")) {
			fields.putNull("reason");
			changed = true;
		}
		try {
			return changed ? JSON.writeValueAsString(fields) : data;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write an erased event", ex);
		}
	}

}
