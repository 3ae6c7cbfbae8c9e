package com.spautopia.ops;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.messaging.Message;

/**
 * A consumer of the booking topic, as a service would have: fails on the events it is
 * told to (so the binder dead-letters them) and records the ids of the events it handled.
 */
@TestComponent("bookingConsumer")
public class BookingConsumer implements Consumer<Message<byte[]>> {

	private final Set<String> poisoned = ConcurrentHashMap.newKeySet();

	private final List<String> handled = new CopyOnWriteArrayList<>();

	@Override
	public void accept(Message<byte[]> message) {
		Object id = message.getHeaders().get("ce_id");
		String eventId = (id instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(id);
		if (this.poisoned.contains(eventId)) {
			throw new IllegalStateException("Cannot handle event " + eventId + " yet");
		}
		this.handled.add(eventId);
	}

	public void poison(String eventId) {
		this.poisoned.add(eventId);
	}

	public void heal(String eventId) {
		this.poisoned.remove(eventId);
	}

	/**
	 * How often an event was handled.
	 * @param eventId the event id
	 * @return the number of times
	 */
	public long timesHandled(String eventId) {
		return this.handled.stream().filter(eventId::equals).count();
	}

}
