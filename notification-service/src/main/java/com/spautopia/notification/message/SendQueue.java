package com.spautopia.notification.message;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.spautopia.events.Channel;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The due messages of this instance in sending order: transactional before marketing,
 * then first come first served. Each message is in it (or being sent) at most once. Only
 * ids are held: the database stays the truth, and a message lost from memory is found
 * again by the {@link DuePoller}.
 */
@Component
class SendQueue {

	private final PriorityBlockingQueue<Queued> queue = new PriorityBlockingQueue<>();

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private final AtomicLong arrivals = new AtomicLong();

	private final int capacity;

	SendQueue(DispatchProperties properties) {
		this.capacity = properties.queueCapacity();
	}

	/**
	 * Queues a message unless it is queued or being sent already, or the queue is full.
	 * @param id the message's id
	 * @param channel its channel
	 * @param rank its priority's rank
	 * @param version its version when it was found due: it is claimed only if unchanged
	 * @param status its status when it was found due: it is claimed only if unchanged
	 * @return {@code true} if it was queued
	 */
	boolean offer(String id, Channel channel, int rank, long version, NotificationStatus status) {
		if (this.held.size() >= this.capacity || !this.held.add(id)) {
			return false;
		}
		this.queue.add(new Queued(id, channel, rank, version, status, this.arrivals.incrementAndGet()));
		return true;
	}

	Queued take() throws InterruptedException {
		return this.queue.take();
	}

	/**
	 * Takes the most urgent message if there is one and it may go now; otherwise leaves
	 * the queue as it is. Only the message taken is asked, once, so that no less urgent
	 * message overtakes one that has to wait.
	 * @param mayGoNow whether a message may go now (it may take what the message needs,
	 * such as a rate token)
	 * @return the message taken, or {@code null}
	 */
	@Nullable Queued takeIf(Predicate<Queued> mayGoNow) {
		@Nullable Queued head = this.queue.poll();
		if (head == null || mayGoNow.test(head)) {
			return head;
		}
		this.queue.add(head);
		return null;
	}

	/**
	 * The message to send now instead of {@code taken}, if a more urgent one arrived
	 * while {@code taken} waited for its turn; {@code taken} goes back into the queue.
	 * @param taken the message taken earlier
	 * @return the message to send
	 */
	Queued mostUrgent(Queued taken) {
		Queued head = this.queue.peek();
		if (head == null || head.compareTo(taken) >= 0) {
			return taken;
		}
		@Nullable Queued urgent = this.queue.poll();
		if (urgent == null) {
			return taken;
		}
		this.queue.add(taken);
		return urgent;
	}

	/**
	 * Forgets a message once its send is over, so that it may be queued again (for a
	 * retry).
	 * @param id the message's id
	 */
	void done(String id) {
		this.held.remove(id);
	}

	int freeCapacity() {
		return this.capacity - this.held.size();
	}

	/**
	 * A queued message.
	 *
	 * @param id the message's id
	 * @param channel its channel
	 * @param rank its priority's rank
	 * @param version its version when it was found due
	 * @param status its status when it was found due
	 * @param arrival its place in arrival order
	 */
	record Queued(String id, Channel channel, int rank, long version, NotificationStatus status,
			long arrival) implements Comparable<Queued> {

		@Override
		public int compareTo(Queued other) {
			int byRank = Integer.compare(this.rank, other.rank);
			return (byRank != 0) ? byRank : Long.compare(this.arrival, other.arrival);
		}

	}

}
