package com.spautopia.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.spautopia.notification.delivery.InstanceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Claims due reminders for this instance with one atomic conditional update each
 * ({@code PLANNED} and due, or {@code SENDING} under a lease that ran out), so that of
 * several instances exactly one handles a reminder, and records how it ended.
 */
@Component
class ReminderClaims {

	private final MongoOperations mongo;

	private final Clock clock;

	private final InstanceId instance;

	private final ReminderProperties properties;

	ReminderClaims(MongoOperations mongo, Clock clock, InstanceId instance, ReminderProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.instance = instance;
		this.properties = properties;
	}

	/**
	 * Claims the reminder that has been due longest.
	 * @return the claimed reminder, or {@code null} if none is due
	 */
	@Nullable Reminder claimNext() {
		Instant now = this.clock.instant();
		Query due = query(new Criteria().orOperator(where("status").is(ReminderStatus.PLANNED).and("dueAt").lte(now),
				where("status").is(ReminderStatus.SENDING).and("leaseUntil").lt(now)))
			.with(Sort.by("dueAt"));
		Update claim = new Update().set("status", ReminderStatus.SENDING)
			.set("owner", this.instance.value())
			.set("leaseUntil", now.plus(this.properties.lease()));
		return this.mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Reminder.class);
	}

	/**
	 * Whether a later reminder of the same booking is due too: after downtime only the
	 * latest due reminder is worth sending. The confirmation nudge is not a reminder: it
	 * neither counts here nor is asked about.
	 * @param reminder the reminder
	 * @return {@code true} if a later one is due
	 */
	boolean laterOneIsDue(Reminder reminder) {
		return this.mongo.exists(query(where("bookingId").is(reminder.bookingId())
			.and("confirmationNudge")
			.ne(true)
			.and("status")
			.in(List.of(ReminderStatus.PLANNED, ReminderStatus.SENDING))
			.and("dueAt")
			.gt(reminder.dueAt())
			.lte(this.clock.instant())), Reminder.class);
	}

	/**
	 * Records how a claimed reminder ended, if it is still this instance's claim of the
	 * same plan.
	 * @param reminder the reminder
	 * @param status how it ended
	 * @param outcome why
	 */
	void finish(Reminder reminder, ReminderStatus status, String outcome) {
		this.mongo.updateFirst(
				query(where("_id").is(reminder.id())
					.and("status")
					.is(ReminderStatus.SENDING)
					.and("owner")
					.is(this.instance.value())
					.and("plan")
					.is(reminder.plan())),
				new Update().set("status", status).set("outcome", outcome).unset("owner").unset("leaseUntil"),
				Reminder.class);
	}

}
