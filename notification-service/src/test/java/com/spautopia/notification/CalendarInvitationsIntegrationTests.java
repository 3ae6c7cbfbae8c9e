package com.spautopia.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.mail.ReceivedEmail.MimePart;
import com.spautopia.testsupport.time.WallClock;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

import static com.spautopia.notification.RemindersIntegrationTests.calendar;
import static com.spautopia.notification.RemindersIntegrationTests.utc;
import static com.spautopia.notification.RemindersIntegrationTests.value;
import static com.spautopia.notification.RemindersIntegrationTests.vevent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar invitation as mail programs read it: an inline {@code text/calendar}
 * alternative whose {@code method} matches the {@code METHOD} inside (Outlook and Gmail
 * show it as an invitation), one event per booking that a move updates and a cancellation
 * removes.
 */
class CalendarInvitationsIntegrationTests extends NotificationIntegrationTest {

	private static final String WITH_INVITATION = "multipart/mixed(multipart/alternative(text/plain,text/html,text/calendar),application/ics)";

	@Test
	void confirmationCarriesTheInvitationAsAnInlineCalendarAlternative() throws Exception {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		publish(event);

		ReceivedEmail email = awaitCount(() -> emailsTo(event.client().email()), 1).get(0);

		assertThat(email.structure()).isEqualTo(WITH_INVITATION);
		MimePart inline = inlineCalendar(email);
		assertThat(inline.parameter("method")).contains("REQUEST");
		assertThat(inline.parameter("charset"))
			.hasValueSatisfying((charset) -> assertThat(charset).isEqualToIgnoringCase("UTF-8"));
		assertThat(inline.disposition()).isNull();
		assertThat(email.parts()).filteredOn((part) -> "invite.ics".equals(part.fileName()))
			.singleElement()
			.extracting(MimePart::disposition)
			.isEqualTo("attachment");
		Calendar invitation = calendar(email);
		assertThat(value(invitation, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(vevent(invitation), Property.SEQUENCE)).isEqualTo("0");
		assertThat(email.textBody()).contains("Deep Tissue Massage");
		assertThat(email.htmlBody()).contains("Deep Tissue Massage");
	}

	@Test
	void aMoveUpdatesAndACancellationRemovesTheSameCalendarEvent() throws Exception {
		Instant start = inThreeDays();
		Instant newStart = start.plus(Duration.ofDays(1));
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String address = event.client().email();
		publish(event);
		awaitCount(() -> emailsTo(address), 1);
		publish(BookingEventsMother.rescheduled(event, newStart.atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime(),
				WallClock.now()));
		awaitCount(() -> emailsTo(address), 2);
		publish(BookingEventsMother.cancelled(event, WallClock.now()));

		List<ReceivedEmail> emails = awaitCount(() -> emailsTo(address), 3);

		assertThat(emails).extracting(ReceivedEmail::structure).containsOnly(WITH_INVITATION);
		assertThat(emails).extracting((email) -> inlineCalendar(email).parameter("method").orElseThrow())
			.containsExactly("REQUEST", "REQUEST", "CANCEL");
		List<Calendar> calendars = emails.stream().map(CalendarInvitationsIntegrationTests::parse).toList();
		assertThat(calendars).extracting((calendar) -> value(calendar, Property.METHOD))
			.containsExactly("REQUEST", "REQUEST", "CANCEL");
		assertThat(calendars).extracting((calendar) -> value(vevent(calendar), Property.UID))
			.containsOnly(value(vevent(calendars.get(0)), Property.UID));
		assertThat(calendars).extracting((calendar) -> value(vevent(calendar), Property.SEQUENCE))
			.containsExactly("0", "1", "2");
		assertThat(value(vevent(calendars.get(1)), Property.DTSTART)).isEqualTo(utc(newStart));
		assertThat(value(vevent(calendars.get(2)), Property.STATUS)).isEqualTo("CANCELLED");
	}

	private static MimePart inlineCalendar(ReceivedEmail email) {
		return email.parts()
			.stream()
			.filter((part) -> part.mediaType().equals("text/calendar"))
			.filter((part) -> part.disposition() == null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no inline text/calendar part in " + email.structure()));
	}

	private static Calendar parse(ReceivedEmail email) {
		try {
			return calendar(email);
		}
		catch (Exception ex) {
			throw new AssertionError("unreadable calendar in " + email.subject(), ex);
		}
	}

	private Instant inThreeDays() {
		return this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
	}

}
