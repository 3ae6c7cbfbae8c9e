package com.spautopia.notification;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.Money;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentState;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders at the right instants, each sent once, re-planned on reschedule, dropped on
 * cancel, never after the start; and the calendar invitations that go with the changes.
 */
class RemindersIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private Appointments appointments;

	@Test
	void remindersGoOutOnceEachAt24AndAt2HoursBeforeTheStart() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();

		publish(event);
		awaitCount(() -> smsTo(phone), 1);

		this.clock.setTo(start.minus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 1);
		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		SimulatedSms first = awaitCount(() -> smsTo(phone), 2).get(1);
		assertThat(first.body()).contains("Reminder", "Deep Tissue Massage", localStart(start), "Reply C to confirm");

		this.clock.setTo(start.minus(Duration.ofHours(2)).minus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 2);
		this.clock.setTo(start.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
		awaitCount(() -> smsTo(phone), 3);
		assertStaysAt(() -> smsTo(phone), 3);
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.purpose == 'REMINDER')].status")
				.asArray()
				.containsExactly("DELIVERED", "DELIVERED"));
		assertThat(emailsTo(event.client().email())).extracting(ReceivedEmail::subject)
			.noneMatch((subject) -> subject.contains("reminder"));
	}

	@Test
	void aLanguageChosenAfterTheConfirmationAndANewPriceReachTheRemindersWithoutANewMessage() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);

		publish(new AppointmentRepriced(event.bookingId(), event.appointment(), event.client(),
				event.pricing().finalPrice(),
				new Pricing(event.pricing().listPrice(), Money.of("20.00", event.pricing().listPrice().currency()),
						event.pricing().listPrice().minus(Money.of("20.00", event.pricing().listPrice().currency())),
						List.of(), Pricing.Source.EVALUATED, null),
				AppointmentRepriced.Reason.LATE_EVALUATION, this.clock.instant()));
		publish(new AppointmentLanguageChanged(event.bookingId(), event.appointment(),
				event.client().withLanguage("pl"), this.clock.instant().plusMillis(1)));
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.appointments.find(event.bookingId())).get()
				.extracting(Appointment::language)
				.isEqualTo("pl"));
		assertStaysAt(() -> smsTo(phone), 1);

		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		SimulatedSms reminder = awaitCount(() -> smsTo(phone), 2).get(1);
		assertThat(reminder.body()).contains("Przypomnienie", "Odpisz C");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.purpose == 'CONFIRMATION' && @.channel == 'SMS')].status")
				.asArray()
				.as("the confirmation is not superseded by a new price or language")
				.containsExactly("DELIVERED"));
	}

	@Test
	void cancellationDropsTheRemindersAndCancelsTheCalendarEvent() throws Exception {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		Calendar invitation = calendar(awaitCount(() -> emailsTo(event.client().email()), 1).get(0));

		publish(BookingEventsMother.cancelled(event, WallClock.now()));

		ReceivedEmail cancellation = awaitCount(() -> emailsTo(event.client().email()), 2).get(1);
		assertThat(cancellation.subject()).contains("cancelled");
		Calendar cancel = calendar(cancellation);
		assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(vevent(cancel), Property.UID)).isEqualTo(value(vevent(invitation), Property.UID));
		assertThat(value(vevent(invitation), Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(vevent(cancel), Property.SEQUENCE)).isEqualTo("1");
		assertThat(awaitCount(() -> smsTo(phone), 2).get(1).body()).contains("has been cancelled");

		this.clock.setTo(start.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 2);
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].purpose")
			.asArray()
			.containsOnly("CONFIRMATION", "CANCELLATION");
	}

	@Test
	void rescheduleReplansTheRemindersAndUpdatesTheCalendarEvent() throws Exception {
		Instant start = inThreeDays();
		Instant newStart = start.plus(Duration.ofDays(1)).plus(Duration.ofHours(3));
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		Calendar invitation = calendar(awaitCount(() -> emailsTo(event.client().email()), 1).get(0));

		AppointmentRescheduled rescheduled = BookingEventsMother.rescheduled(event,
				newStart.atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime(), WallClock.now());
		publish(rescheduled);

		assertThat(awaitCount(() -> smsTo(phone), 2).get(1).body()).contains("moved to " + localStart(newStart));
		Calendar update = calendar(awaitCount(() -> emailsTo(event.client().email()), 2).get(1));
		assertThat(value(update, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(vevent(update), Property.UID)).isEqualTo(value(vevent(invitation), Property.UID));
		assertThat(value(vevent(update), Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(vevent(update), Property.DTSTART)).isEqualTo(utc(newStart));

		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 2);
		this.clock.setTo(newStart.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		SimulatedSms reminder = awaitCount(() -> smsTo(phone), 3).get(2);
		assertThat(reminder.body()).contains("Reminder", localStart(newStart));
	}

	@Test
	void eventsOfOneBookingArrivingTogetherActInOrder() {
		Instant start = inThreeDays();
		Instant newStart = start.plus(Duration.ofDays(1));
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();

		// back to back on one partition, most likely one batch: the reschedule acts after
		// the
		// confirmation's reminders are recorded
		publish(event);
		publish(BookingEventsMother.rescheduled(event, newStart.atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime(),
				WallClock.now()));

		assertThat(awaitCount(() -> smsTo(phone), 2)).extracting(SimulatedSms::body)
			.anySatisfy((body) -> assertThat(body).contains("moved to " + localStart(newStart)))
			.anySatisfy((body) -> assertThat(body).doesNotContain("moved to"));
		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 2);
		this.clock.setTo(newStart.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		assertThat(awaitCount(() -> smsTo(phone), 3).get(2).body()).contains("Reminder", localStart(newStart));
		assertStaysAt(() -> smsTo(phone), 3);
	}

	@Test
	void noReminderIsSentOnceTheAppointmentHasStarted() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		publish(event);
		awaitCount(() -> smsTo(event.client().phone()), 1);

		this.clock.setTo(start.plus(Duration.ofMinutes(5)));

		assertStaysAt(() -> smsTo(event.client().phone()), 1);
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].purpose")
			.asArray()
			.doesNotContain("REMINDER");
	}

	@Test
	void reminderSmsTwilioRefusesAsInvalidFallsBackToEmail() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		twilio.rejectNumber(event.client().phone(), 21211);
		publish(event);
		awaitCount(() -> emailsTo(event.client().email()), 1);

		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));

		ReceivedEmail reminder = awaitCount(() -> emailsTo(event.client().email()), 2).get(1);
		assertThat(reminder.subject()).contains("reminder", localStart(start));
		assertThat(reminder.textBody()).contains("Deep Tissue Massage", event.manageUrl());
		assertThat(smsTo(event.client().phone())).isEmpty();
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.purpose == 'REMINDER')]['channel','status','errorCode','attempts']")
				.asArray()
				.hasSize(2)
				.anySatisfy((sms) -> assertThat(sms.toString()).contains("channel=SMS", "status=FAILED",
						"errorCode=21211", "attempts=1"))
				.anySatisfy((email) -> assertThat(email.toString()).contains("channel=EMAIL", "status=SENT")));
	}

	@Test
	void completionSendsAThankYouByEmailOrBySmsToAClientWithoutEmail() {
		AppointmentConfirmed withEmail = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		AppointmentConfirmed withoutEmail = AppointmentConfirmedMother.confirmed(
				AppointmentConfirmedMother.uniquePhone(), null, true,
				inThreeDays().atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime());
		publish(withEmail);
		publish(withoutEmail);
		awaitCount(() -> smsTo(withEmail.client().phone()), 1);
		awaitCount(() -> emailsTo(withEmail.client().email()), 1);
		awaitCount(() -> smsTo(withoutEmail.client().phone()), 1);

		publish(BookingEventsMother.completed(withEmail, WallClock.now()));
		publish(BookingEventsMother.completed(withoutEmail, WallClock.now()));

		ReceivedEmail thanks = awaitCount(() -> emailsTo(withEmail.client().email()), 2).get(1);
		assertThat(thanks.subject()).contains("thank you for your visit");
		assertThat(thanks.textBody()).contains("Anna", "Deep Tissue Massage", "Marta Nowak");
		SimulatedSms thanksBySms = awaitCount(() -> smsTo(withoutEmail.client().phone()), 2).get(1);
		assertThat(thanksBySms.body()).contains("Thank you for visiting us", "Deep Tissue Massage");
		assertStaysAt(() -> smsTo(withEmail.client().phone()), 1);
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", withEmail.bookingId())).bodyJson()
			.extractingPath("$[?(@.purpose == 'THANK_YOU')].channel")
			.asArray()
			.containsExactly("EMAIL");
	}

	@Test
	void cancellationAtTheSameMillisecondAsTheConfirmationStillCancels() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		OffsetDateTime sameTime = WallClock.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
		KafkaEventMessage confirmation = this.bookingService.encode(event, UUID.randomUUID().toString(), sameTime);
		this.topics.publish(confirmation);
		awaitCount(() -> emailsTo(event.client().email()), 1);

		this.topics.publish(this.bookingService.encode(BookingEventsMother.cancelled(event, WallClock.now()),
				UUID.randomUUID().toString(), sameTime));

		assertThat(awaitCount(() -> emailsTo(event.client().email()), 2).get(1).subject()).contains("cancelled");
		assertThat(awaitCount(() -> smsTo(event.client().phone()), 2).get(1).body()).contains("has been cancelled");
		// the confirmation replayed, as old as the cancellation, changes nothing; the
		// next
		// event on the partition shows it was handled
		this.topics.publish(confirmation);
		AppointmentConfirmed next = AppointmentConfirmedMother.confirmedAt(start);
		this.topics.publish(this.bookingService.encode(next), confirmation.key());
		awaitCount(() -> smsTo(next.client().phone()), 1);
		assertThat(this.appointments.find(event.bookingId())).get()
			.extracting(Appointment::state)
			.isEqualTo(AppointmentState.CANCELLED);
		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(event.client().phone()), 2);
	}

	private Instant inThreeDays() {
		return this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
	}

	static String localStart(Instant start) {
		return AppointmentFormat.localTime(start, ZoneId.of("Europe/Warsaw"));
	}

	static String utc(Instant instant) {
		return instant.atZone(ZoneId.of("UTC"))
			.format(java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'"));
	}

	static Calendar calendar(ReceivedEmail email) throws Exception {
		assertThat(email.calendar()).as("calendar part of %s", email.subject()).isNotNull();
		return new CalendarBuilder().build(new StringReader(email.calendar()));
	}

	static PropertyContainer vevent(Calendar calendar) {
		List<CalendarComponent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
