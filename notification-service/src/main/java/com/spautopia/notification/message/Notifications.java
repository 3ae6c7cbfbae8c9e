package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.spautopia.events.notification.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Where features hand over the messages to send. A message is recorded once per id
 * ({@code sourceKey:channel:purpose}) and sent by the dispatcher when due, so that the
 * caller (a Kafka listener) never waits for a provider.
 */
@Component
public class Notifications {

	private static final Logger logger = LoggerFactory.getLogger(Notifications.class);

	private final NotificationStore store;

	private final SendQueue queue;

	private final Clock clock;

	Notifications(NotificationStore store, SendQueue queue, Clock clock) {
		this.store = store;
		this.queue = queue;
		this.clock = clock;
	}

	/**
	 * Records messages to send; those due now are queued for sending at once. A message
	 * whose id exists already is left as it is.
	 * @param requests the messages
	 * @return how many were new
	 */
	public int submit(List<NotificationRequest> requests) {
		NotificationBatch batch = newBatch();
		batch.add(requests);
		return submit(batch);
	}

	/**
	 * A batch to gather messages of several events in, to record them in one write.
	 * @return an empty batch
	 */
	public NotificationBatch newBatch() {
		return new NotificationBatch(this.store);
	}

	/**
	 * Records the messages of a batch in one write, and empties it; those due now are
	 * queued for sending at once. A message whose id exists already is left as it is.
	 * @param batch the messages
	 * @return how many were new
	 */
	public int submit(NotificationBatch batch) {
		List<Notification> drafts = batch.drafts();
		List<Notification> created = this.store.insertAll(drafts);
		batch.clear();
		if (created.size() < drafts.size()) {
			Set<Notification> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
			recorded.addAll(created);
			drafts.stream()
				.filter((draft) -> !recorded.contains(draft))
				.forEach((draft) -> logger.info("{} already handled: nothing new sent", draft.id()));
		}
		Instant now = this.clock.instant();
		for (Notification message : created) {
			if (!message.nextAttemptAt().isAfter(now)) {
				this.queue.offer(message.id(), message.channel(), message.rank(), message.version(), message.status());
			}
			else {
				logger.info("{} {} due at {}", message.channel(), message.id(), message.nextAttemptAt());
			}
		}
		return created.size();
	}

	/**
	 * Cancels a booking's messages of one purpose that are still waiting, such as the
	 * reminders of a cancelled appointment.
	 * @param bookingId the booking
	 * @param purpose the purpose
	 * @param reason why they are cancelled
	 */
	public void cancelPending(String bookingId, Purpose purpose, String reason) {
		long cancelled = this.store.cancelPending(bookingId, purpose, reason);
		if (cancelled > 0) {
			logger.info("Cancelled {} waiting {} message(s) of booking {}: {}", cancelled, purpose, bookingId, reason);
		}
	}

}
