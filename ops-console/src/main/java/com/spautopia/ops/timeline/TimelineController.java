package com.spautopia.ops.timeline;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

	private final IndexedEvents events;

	TimelineController(IndexedEvents events) {
		this.events = events;
	}

	@GetMapping("/api/ops/bookings/{bookingId}/timeline")
	List<IndexedEvent> timeline(@PathVariable String bookingId) {
		return this.events.ofBooking(bookingId);
	}

	@GetMapping("/api/ops/clients/{clientId}/timeline")
	List<IndexedEvent> clientTimeline(@PathVariable String clientId) {
		return this.events.ofClient(clientId);
	}

}
