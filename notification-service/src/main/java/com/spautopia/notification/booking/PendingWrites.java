package com.spautopia.notification.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.spautopia.notification.message.NotificationBatch;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.reminder.ReminderPlanner.FirstPlan;
import org.jspecify.annotations.Nullable;

/**
 * The messages and first reminders of the booking events of a batch handled so far and
 * not yet recorded, with the bookings they are about and the first event they came from
 * (where handling resumes if recording them fails).
 */
final class PendingWrites {

	private final NotificationBatch notifications;

	private final List<FirstPlan> plans = new ArrayList<>();

	private final Set<String> bookings = new HashSet<>();

	private int firstIndex = -1;

	PendingWrites(NotificationBatch notifications) {
		this.notifications = notifications;
	}

	void add(int index, String bookingId, List<NotificationRequest> notices, @Nullable FirstPlan plan) {
		if (notices.isEmpty() && plan == null) {
			return;
		}
		this.notifications.add(notices);
		if (plan != null) {
			this.plans.add(plan);
		}
		this.bookings.add(bookingId);
		if (this.firstIndex < 0) {
			this.firstIndex = index;
		}
	}

	boolean concerns(String bookingId) {
		return this.bookings.contains(bookingId);
	}

	boolean isEmpty() {
		return this.firstIndex < 0;
	}

	int firstIndex() {
		return this.firstIndex;
	}

	NotificationBatch notifications() {
		return this.notifications;
	}

	List<FirstPlan> plans() {
		return List.copyOf(this.plans);
	}

	void clear() {
		this.plans.clear();
		this.bookings.clear();
		this.firstIndex = -1;
	}

}
