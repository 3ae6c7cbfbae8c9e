package com.spautopia.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.delivery.NewDocuments;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.message.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Plans an appointment's reminders as documents in {@code reminders} (durable, so they
 * survive restarts), re-plans them when it moves and drops them when it is cancelled or
 * over.
 */
@Component
public class ReminderPlanner {

	private static final Logger logger = LoggerFactory.getLogger(ReminderPlanner.class);

	private final MongoOperations mongo;

	private final Notifications notifications;

	private final ReminderProperties properties;

	private final Clock clock;

	private final TraceContexts traces;

	private final ConfirmationNudgeProperties nudge;

	ReminderPlanner(MongoOperations mongo, Notifications notifications, ReminderProperties properties, Clock clock,
			TraceContexts traces, ConfirmationNudgeProperties nudge) {
		this.nudge = nudge;
		this.mongo = mongo;
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
		this.traces = traces;
	}

	/**
	 * Plans (or re-plans) the reminders of an active appointment from the event last
	 * applied to it. A reminder already due when planned is skipped: the confirmation or
	 * reschedule notice just told the client. Planning from the same event twice changes
	 * nothing.
	 * @param appointment the appointment
	 */
	public void plan(Appointment appointment) {
		Instant now = this.clock.instant();
		boolean replanned = false;
		if (insertFirstPlan(appointment, now)) {
			return;
		}
		Map<String, Reminder> existing = existing(appointment.bookingId());
		for (Slot slot : slots(appointment.bookingId())) {
			Duration offset = slot.offset();
			Instant due = appointment.start().minus(offset);
			boolean future = due.isAfter(now);
			String id = slot.id();
			Reminder current = existing.get(id);
			if (current != null && current.plan().equals(appointment.lastEventId())) {
				continue;
			}
			Update plan = new Update().set("bookingId", appointment.bookingId())
				.set("offset", offset.toString())
				.set("dueAt", due)
				.set("start", appointment.start())
				.set("plan", appointment.lastEventId())
				.set("traceContext", this.traces.current())
				.set("confirmationNudge", slot.confirmationNudge())
				.set("status", future ? ReminderStatus.PLANNED : ReminderStatus.SKIPPED)
				.set("outcome", future ? null : "due before it was planned")
				.unset("owner")
				.unset("leaseUntil");
			if (current == null) {
				this.mongo.upsert(query(where("_id").is(id)), plan, Reminder.class);
			}
			else if (this.mongo
				.updateFirst(query(where("_id").is(id).and("plan").is(current.plan())), plan, Reminder.class)
				.getModifiedCount() == 0) {
				// re-planned concurrently from another event: leave that plan
				continue;
			}
			replanned |= current != null;
			logger.info("{} {} of booking {} {} for {}", slot.confirmationNudge() ? "Confirmation nudge" : "Reminder",
					offset, appointment.bookingId(), future ? "planned" : "skipped", due);
		}
		if (replanned) {
			// messages of the earlier plan that still wait must not go out at the old
			// time
			this.notifications.cancelPending(appointment.bookingId(), Purpose.REMINDER, "re-planned");
			this.notifications.cancelPending(appointment.bookingId(), Purpose.CONFIRMATION_NUDGE, "re-planned");
		}
	}

	/**
	 * Plans the reminders of a booking that has none yet (the usual case: a confirmation)
	 * in one write.
	 * @return {@code false} if the booking has reminders already
	 */
	private boolean insertFirstPlan(Appointment appointment, Instant now) {
		FirstPlan plan = firstPlan(appointment, now);
		try {
			this.mongo.insertAll(plan.reminders);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		plan.logPlanned();
		return true;
	}

	/**
	 * Drafts the reminders of an appointment as if it had none yet, in the current trace,
	 * to be planned with others by {@link #planAll(List)}.
	 * @param appointment the appointment, active
	 * @return its reminders, not yet recorded
	 */
	public FirstPlan firstPlan(Appointment appointment) {
		return firstPlan(appointment, this.clock.instant());
	}

	private FirstPlan firstPlan(Appointment appointment, Instant now) {
		Map<String, String> traceContext = this.traces.current();
		List<Reminder> reminders = slots(appointment.bookingId()).stream().map((slot) -> {
			Instant due = appointment.start().minus(slot.offset());
			boolean future = due.isAfter(now);
			return new Reminder(slot.id(), appointment.bookingId(), slot.offset().toString(), due, appointment.start(),
					appointment.lastEventId(), future ? ReminderStatus.PLANNED : ReminderStatus.SKIPPED, null, null,
					future ? null : "due before it was planned", traceContext, slot.confirmationNudge());
		}).toList();
		return new FirstPlan(appointment, reminders);
	}

	/**
	 * Plans the reminders of several appointments: those that have none yet in one write,
	 * the others (re-planned) one by one as {@link #plan(Appointment)} does. Each
	 * appointment must appear once.
	 * @param plans the appointments' drafted reminders
	 */
	public void planAll(List<FirstPlan> plans) {
		List<Reminder> reminders = plans.stream().flatMap((plan) -> plan.reminders.stream()).toList();
		if (reminders.isEmpty()) {
			return;
		}
		Set<Reminder> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
		inserted.addAll(NewDocuments.insert(this.mongo, Reminder.class, reminders));
		Set<String> planned = reminders.stream()
			.filter((reminder) -> !inserted.contains(reminder))
			.map(Reminder::bookingId)
			.collect(Collectors.toSet());
		for (FirstPlan plan : plans) {
			if (planned.contains(plan.appointment.bookingId())) {
				// it had reminders already (a reschedule, a redelivery): re-plan them
				plan(plan.appointment);
			}
			else {
				plan.logPlanned();
			}
		}
	}

	private Map<String, Reminder> existing(String bookingId) {
		List<String> ids = slots(bookingId).stream().map(Slot::id).toList();
		return this.mongo.find(query(where("_id").in(ids)), Reminder.class)
			.stream()
			.collect(Collectors.toMap(Reminder::id, Function.identity()));
	}

	/**
	 * What is planned for a booking: its reminders and, if enabled, the confirmation
	 * nudge at the cut-off.
	 */
	private List<Slot> slots(String bookingId) {
		List<Slot> slots = new ArrayList<>();
		this.properties.offsets().forEach((offset) -> slots.add(new Slot(bookingId + ":" + offset, offset, false)));
		if (this.nudge.enabled()) {
			slots.add(new Slot(bookingId + ":confirmation-nudge", this.nudge.before(), true));
		}
		return slots;
	}

	/**
	 * One planned message of a booking.
	 *
	 * @param id the reminder's id
	 * @param offset how long before the start it is due
	 * @param confirmationNudge whether it is the confirmation nudge
	 */
	private record Slot(String id, Duration offset, boolean confirmationNudge) {
	}

	/**
	 * Drops the reminders of an appointment that was cancelled or is over, and cancels
	 * any of their messages still waiting.
	 * @param bookingId the booking
	 * @param reason why
	 */
	public void drop(String bookingId, String reason) {
		Query open = query(where("bookingId").is(bookingId)
			.and("status")
			.in(List.of(ReminderStatus.PLANNED, ReminderStatus.SENDING)));
		long dropped = this.mongo
			.updateMulti(open,
					new Update().set("status", ReminderStatus.CANCELLED)
						.set("outcome", reason)
						.unset("owner")
						.unset("leaseUntil"),
					Reminder.class)
			.getModifiedCount();
		this.notifications.cancelPending(bookingId, Purpose.REMINDER, reason);
		this.notifications.cancelPending(bookingId, Purpose.CONFIRMATION_NUDGE, reason);
		if (dropped > 0) {
			logger.info("Dropped {} reminder(s) of booking {}: {}", dropped, bookingId, reason);
		}
	}

	/**
	 * The reminders of an appointment that has none yet, drafted, not yet recorded.
	 */
	public static final class FirstPlan {

		private final Appointment appointment;

		private final List<Reminder> reminders;

		private FirstPlan(Appointment appointment, List<Reminder> reminders) {
			this.appointment = appointment;
			this.reminders = reminders;
		}

		private void logPlanned() {
			this.reminders.forEach((reminder) -> logger.info("{} {} of booking {} {} for {}",
					reminder.confirmationNudge() ? "Confirmation nudge" : "Reminder", reminder.offset(),
					reminder.bookingId(), reminder.status(), reminder.dueAt()));
		}

	}

}
