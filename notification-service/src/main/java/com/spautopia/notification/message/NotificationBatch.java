package com.spautopia.notification.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages gathered while handling several events, recorded together by
 * {@link Notifications#submit(NotificationBatch)} in one write. Each message is drafted
 * when it is added, in the trace current then (the event's), so that its sending
 * continues that trace however late the batch is written.
 */
public final class NotificationBatch {

	private final NotificationStore store;

	private final List<Notification> drafts = new ArrayList<>();

	NotificationBatch(NotificationStore store) {
		this.store = store;
	}

	/**
	 * Adds messages to the batch.
	 * @param requests the messages
	 */
	public void add(List<NotificationRequest> requests) {
		requests.forEach((request) -> this.drafts.add(this.store.draft(request)));
	}

	public boolean isEmpty() {
		return this.drafts.isEmpty();
	}

	List<Notification> drafts() {
		return List.copyOf(this.drafts);
	}

	void clear() {
		this.drafts.clear();
	}

}
