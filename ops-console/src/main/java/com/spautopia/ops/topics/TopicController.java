package com.spautopia.ops.topics;

import java.util.List;

import com.spautopia.ops.timeline.IndexedEvent;
import com.spautopia.ops.timeline.IndexedEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TopicController {

	private final TopicRates rates;

	private final IndexedEvents events;

	TopicController(TopicRates rates, IndexedEvents events) {
		this.rates = rates;
		this.events = events;
	}

	@GetMapping("/api/ops/topics")
	List<TopicView> topics() {
		return TopicRates.EVENT_TOPICS.stream()
			.map((topic) -> new TopicView(topic, this.rates.total(topic), this.rates.perSecond(topic),
					this.events.lastOn(topic).map(LastEvent::of).orElse(null)))
			.toList();
	}

	/**
	 * One topic as operators see it.
	 *
	 * @param topic the topic as the contract names it
	 * @param messages records it has received (sum of its end offsets)
	 * @param messagesPerSecond over the last sampling interval, null until known
	 * @param lastEvent the latest event the console has indexed, if any
	 */
	record TopicView(String topic, long messages, @Nullable Double messagesPerSecond, @Nullable LastEvent lastEvent) {
	}

	record LastEvent(String id, String type, String time, @Nullable String subject) {

		static LastEvent of(IndexedEvent event) {
			return new LastEvent(event.id(), event.type(), event.time().toString(), event.subject());
		}

	}

}
