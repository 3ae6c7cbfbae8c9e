package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Duration;
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

	/** How long a held message waits for its release at most. */
	static final Duration HOLD = Duration.ofMinutes(1);

	/** The messages a later change of their booking makes stale. */
	private static final List<Purpose> SUPERSEDED = List.of(Purpose.CONFIRMATION, Purpose.RESCHEDULE, Purpose.REMINDER,
			Purpose.CONFIRMATION_NUDGE);

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
	 * Records messages held back: they are not due until {@link #release released} (or,
	 * should this instance stop first, until {@link #HOLD} has passed), so that the
	 * caller can check that what they were written for still holds, and {@link #cancel
	 * cancel} them if not.
	 * @param requests the messages, due now once released
	 * @return the messages recorded now (a replay records none)
	 */
	public HeldMessages hold(List<NotificationRequest> requests) {
		Instant until = this.clock.instant().plus(HOLD);
		NotificationBatch batch = newBatch();
		batch.add(requests.stream().map((request) -> request.heldUntil(until)).toList());
		List<Notification> created = this.store.insertAll(batch.drafts());
		batch.clear();
		return new HeldMessages(created);
	}

	/**
	 * Makes held messages due now and queues them, each unless it changed since.
	 * @param held the messages
	 */
	public void release(HeldMessages held) {
		for (Notification message : held.messages()) {
			Notification released = this.store.release(message);
			if (released != null) {
				this.queue.offer(released.id(), released.channel(), released.rank(), released.version(),
						released.status());
			}
		}
	}

	/**
	 * Cancels held messages, each unless it changed since.
	 * @param held the messages
	 * @param reason why
	 */
	public void cancel(HeldMessages held, String reason) {
		held.messages().forEach((message) -> this.store.cancel(message, reason));
		if (!held.messages().isEmpty()) {
			logger.info("Cancelled {} held message(s): {}", held.messages().size(), reason);
		}
	}

	/**
	 * Cancels what a change of a booking makes stale: its confirmation, reschedule
	 * notices and reminders still waiting or being retried (those being sent now are not
	 * retried nor sent again), so that the client never gets an old time, or "confirmed"
	 * after "cancelled".
	 * @param bookingId the booking
	 * @param reason the change
	 */
	public void supersede(String bookingId, String reason) {
		long superseded = this.store.supersede(bookingId, SUPERSEDED, reason);
		if (superseded > 0) {
			logger.info("Cancelled {} stale message(s) of booking {}: {}", superseded, bookingId, reason);
		}
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

	/**
	 * Withdraws the messages of a waitlist offer that ended, so that none reaches the
	 * client afterwards: those waiting are cancelled, those being sent now are not sent
	 * again nor retried; a message already sent stays sent.
	 * @param offerId the offer
	 * @param reason how it ended
	 */
	public void withdrawOffer(String offerId, String reason) {
		long withdrawn = this.store.withdrawOffer(offerId, reason);
		if (withdrawn > 0) {
			logger.info("Withdrew {} message(s) of waitlist offer {}: {}", withdrawn, offerId, reason);
		}
	}

	/**
	 * Messages recorded held back.
	 *
	 * @param messages the messages as recorded
	 */
	public record HeldMessages(List<Notification> messages) {

		public HeldMessages {
			messages = List.copyOf(messages);
		}

	}

}
