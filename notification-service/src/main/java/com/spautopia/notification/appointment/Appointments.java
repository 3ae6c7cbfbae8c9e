package com.spautopia.notification.appointment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.EventCodec;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.notification.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The {@code appointments} collection. A booking event is applied with one conditional
 * write that only an event not older than the last one applied, and not applied before,
 * passes, so that a replayed or late event never undoes a newer change; each calendar
 * version takes the next sequence number in the same write. Events of one booking with
 * the same time (to the millisecond) apply in the order they arrive, which is the order
 * the booking service published them in (one partition per booking).
 */
@Component
public class Appointments {

	private static final Logger log = LoggerFactory.getLogger(Appointments.class);

	private static final int MAX_CONFLICTS = 5;

	/**
	 * The ids of the latest events applied (not mapped to {@link Appointment}): an event
	 * as old as the latest one is new only if its id is not among them.
	 */
	private static final String APPLIED_EVENT_IDS = "appliedEventIds";

	/** Far more than the events of one booking. */
	private static final int MAX_APPLIED_EVENT_IDS = 100;

	private final MongoOperations mongo;

	private final EventCodec codec;

	private final SealedLinks links;

	Appointments(MongoOperations mongo, EventCodec codec, SealedLinks links) {
		this.mongo = mongo;
		this.codec = codec;
		this.links = links;
	}

	/**
	 * Applies a booking event.
	 * @param eventId the event's CloudEvents id
	 * @param eventTime when the event happened
	 * @param change what it changes
	 * @return the appointment after the event if the event is the latest one (newly
	 * applied or a redelivery of the latest); empty if a newer event was applied already,
	 * or if the client's data was erased
	 */
	public Optional<Appointment> apply(String eventId, Instant eventTime, AppointmentChange change) {
		return apply(eventId, change, eventTime.truncatedTo(ChronoUnit.MILLIS));
	}

	private Optional<Appointment> apply(String eventId, AppointmentChange change, Instant eventTime) {
		for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
			// one round trip for a new booking: create it, or get it as it is
			Document stored = insertOrGet(eventId, eventTime, change);
			if (stored.get(AppointmentErasure.ERASED_AT) != null) {
				// the client's data was erased: a late event must not bring it back
				return Optional.empty();
			}
			Appointment current = this.mongo.getConverter().read(Appointment.class, stored);
			if (current.lastEventId().equals(eventId)) {
				return Optional.of(opened(current));
			}
			if (current.version().isAfter(eventTime)) {
				return Optional.empty();
			}
			if (stored.get(APPLIED_EVENT_IDS) instanceof List<?> applied && applied.contains(eventId)) {
				// an earlier event as old as the latest one, replayed
				return Optional.empty();
			}
			Appointment updated = update(current, eventId, eventTime, change);
			if (updated != null) {
				return Optional.of(opened(updated));
			}
		}
		throw new IllegalStateException("Booking " + change.bookingId() + " kept changing while applying " + eventId);
	}

	private @Nullable Appointment update(Appointment current, String eventId, Instant eventTime,
			AppointmentChange change) {
		Update update = new Update();
		fields(eventId, eventTime, change).forEach(update::set);
		update.push(APPLIED_EVENT_IDS).slice(-MAX_APPLIED_EVENT_IDS).each(eventId);
		if (change.newCalendarVersion()) {
			update.inc("calendarSequence", 1);
		}
		if (change.newCalendarVersion() && change.state() == AppointmentState.ACTIVE) {
			// a client's "C" confirmed the time it had; a new time needs a new one
			update.unset("clientConfirmedAt");
		}
		Query unchanged = query(where("_id").is(current.bookingId())
			.and("version")
			.is(current.version())
			.and("lastEventId")
			.is(current.lastEventId())
			.and(APPLIED_EVENT_IDS)
			.ne(eventId));
		return this.mongo.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true),
				Appointment.class);
	}

	/**
	 * Creates the appointment from the event unless it exists; returns it either way, as
	 * stored (with the fields {@link Appointment} does not map: the ids of the events
	 * applied and the erasure mark), so that one round trip tells all.
	 */
	private Document insertOrGet(String eventId, Instant eventTime, AppointmentChange change) {
		Update insert = new Update();
		fields(eventId, eventTime, change).forEach(insert::setOnInsert);
		insert.setOnInsert("calendarSequence", change.newCalendarVersion() ? 1 : 0);
		insert.setOnInsert(APPLIED_EVENT_IDS, List.of(eventId));
		Document appointment = this.mongo.findAndModify(query(where("_id").is(change.bookingId())), insert,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, Appointment.COLLECTION);
		if (appointment == null) {
			throw new IllegalStateException("No appointment after upserting " + change.bookingId());
		}
		return appointment;
	}

	public Optional<Appointment> find(String bookingId) {
		return Optional.ofNullable(this.mongo.findById(bookingId, Appointment.class)).map(this::opened);
	}

	/**
	 * Whether an appointment is still on and as it was read: no booking event was applied
	 * to it since. Served by the {@code _id} index.
	 * @param asRead the appointment as read
	 * @return {@code true} if it is unchanged and active
	 */
	public boolean isUnchanged(Appointment asRead) {
		return this.mongo.exists(query(where("_id").is(asRead.bookingId())
			.and("lastEventId")
			.is(asRead.lastEventId())
			.and("state")
			.is(AppointmentState.ACTIVE)), Appointment.class);
	}

	/**
	 * The next appointment still to come of the client with a phone number.
	 * @param phone the number in E.164 form
	 * @param now the current instant
	 * @return the earliest active appointment starting after now
	 */
	public Optional<Appointment> nextUpcoming(String phone, Instant now) {
		Query upcoming = query(where("phone").is(phone).and("state").is(AppointmentState.ACTIVE).and("start").gt(now))
			.with(Sort.by("start"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(upcoming, Appointment.class)).map(this::opened);
	}

	/**
	 * Records that the client confirmed they will come, and publishes
	 * {@link AppointmentConfirmedByClient} in the same write, once per appointment.
	 * @param appointment the appointment
	 * @param phone the number the confirmation came from
	 * @param at when it arrived
	 * @return {@code true} if this is the first confirmation
	 */
	public boolean confirmByClient(Appointment appointment, String phone, Instant at) {
		AppointmentConfirmedByClient event = new AppointmentConfirmedByClient(appointment.bookingId(), phone, at);
		OutboxEntry entry = OutboxEntry.of(UUID.randomUUID().toString(), event, this.codec, at);
		Query notYet = query(where("_id").is(appointment.bookingId()).and("clientConfirmedAt").is(null));
		Update confirm = OutboxEntry.push(new Update().set("clientConfirmedAt", at), entry.toDocument());
		return this.mongo.updateFirst(notYet, confirm, Appointment.class).getModifiedCount() > 0;
	}

	/**
	 * The appointment as read, its manage links opened: they stay sealed at rest. A link
	 * that does not open (sealed with another key: a configuration error) is left out of
	 * the messages, which still go.
	 */
	private Appointment opened(Appointment stored) {
		return stored.withManageLinks(open(stored.manageUrl(), stored.bookingId()),
				open(stored.shortManageUrl(), stored.bookingId()));
	}

	/**
	 * A link as it is stored: sealed, also when an event of an older booking-service (or
	 * one replayed from before links were sealed) brought it in the clear.
	 */
	private String sealed(String link, String bookingId) {
		return SealedLinks.isSealed(link) ? link : this.links.seal(link, bookingId);
	}

	private @Nullable String open(@Nullable String link, String bookingId) {
		if (link == null) {
			return null;
		}
		try {
			return this.links.open(link, bookingId);
		}
		catch (IllegalArgumentException ex) {
			log.warn("The manage link of booking {} does not open with spa.manage-links.sealing-key (is it"
					+ " booking-service's?); its messages go without it", bookingId);
			return null;
		}
	}

	private Map<String, @Nullable Object> fields(String eventId, Instant eventTime, AppointmentChange change) {
		AppointmentDetails appointment = change.appointment();
		ClientSnapshot client = change.client();
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("clientId", client.clientId());
		fields.put("clientName", client.name());
		fields.put("phone", client.phone());
		fields.put("email", client.email());
		fields.put("smsConsent", client.consents().transactionalSms());
		fields.put("treatment", appointment.treatmentName());
		fields.put("therapist", appointment.therapistName());
		fields.put("start", appointment.start().toInstant());
		fields.put("end", appointment.end().toInstant());
		fields.put("timeZone", AppointmentFormat.spaZone(appointment).getId());
		fields.put("state", change.state());
		fields.put("version", eventTime);
		fields.put("lastEventId", eventId);
		if (change.manageUrl() != null) {
			fields.put("manageUrl", sealed(change.manageUrl(), change.bookingId()));
		}
		if (change.shortManageUrl() != null) {
			fields.put("shortManageUrl", sealed(change.shortManageUrl(), change.bookingId()));
		}
		// every booking event carries the client's choice (none: the spa's default)
		fields.put("language", client.language());
		if (change.price() != null) {
			fields.put("price", change.price());
		}
		return fields;
	}

}
