package com.spautopia.notification.message;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the messages that became due without anyone queuing them: retries, messages
 * deferred to the end of quiet hours, messages planned for later, messages left behind
 * when an instance stopped or whose lease ran out.
 */
@Component
class DuePoller {

	private static final int MAX_BATCH = 1000;

	private final NotificationStore store;

	private final SendQueue queue;

	DuePoller(NotificationStore store, SendQueue queue) {
		this.store = store;
		this.queue = queue;
	}

	@Scheduled(fixedDelayString = "${spa.notification.dispatch.poll-interval:1s}")
	void queueDueMessages() {
		int free = this.queue.freeCapacity();
		if (free <= 0) {
			return;
		}
		for (NotificationStore.Due due : this.store.findDue(Math.min(free, MAX_BATCH))) {
			this.queue.offer(due.id(), due.channel(), due.rank(), due.version(), due.status());
		}
	}

}
