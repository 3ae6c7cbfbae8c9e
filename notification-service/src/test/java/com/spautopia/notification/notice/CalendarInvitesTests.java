package com.spautopia.notification.notice;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.email.EmailProperties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarInvitesTests {

	private final CalendarInvites invites = new CalendarInvites(
			new NotificationProperties("Spa Utopia", "Europe/Warsaw", "en"),
			new EmailProperties("Spa Utopia <bookings@spautopia.example>"), new MessageTemplates(),
			Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

	private final AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

	@Test
	void confirmationIsARequestForTheAppointmentWithSequenceZero() throws Exception {
		Calendar calendar = parse(this.invites.request(AppointmentMother.of(this.event, 1)));

		assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
		VEvent vevent = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		assertThat(value(vevent, Property.UID)).isEqualTo(this.event.bookingId() + "@spautopia.example");
		assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(vevent, Property.DTSTART)).isEqualTo("20371201T090000Z");
		assertThat(value(vevent, Property.DTEND)).isEqualTo("20371201T100000Z");
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Deep Tissue Massage at Spa Utopia");
		assertThat(value(vevent, Property.ORGANIZER)).isEqualTo("mailto:bookings@spautopia.example");
		assertThat(value(vevent, Property.ATTENDEE)).isEqualTo("mailto:" + this.event.client().email());
		assertThat(value(vevent, Property.STATUS)).isEqualTo("CONFIRMED");
	}

	@Test
	void aPolishClientsInvitationIsInPolish() throws Exception {
		AppointmentConfirmed polish = AppointmentConfirmedMother.inLanguage(this.event, "pl");

		VEvent vevent = parse(this.invites.request(AppointmentMother.of(polish, 1))).getComponent("VEVENT")
			.map(VEvent.class::cast)
			.orElseThrow();

		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Deep Tissue Massage w Spa Utopia");
		assertThat(value(vevent, Property.DESCRIPTION)).contains("terapeuta: Marta Nowak",
				"Zarządzaj wizytą: " + polish.manageUrl());
	}

	@Test
	void laterVersionsKeepTheUidAndRaiseTheSequence() throws Exception {
		Calendar moved = parse(this.invites.request(AppointmentMother.of(this.event, 2)));
		Calendar cancelled = parse(this.invites.cancel(AppointmentMother.of(this.event, 3)));

		assertThat(value(moved.getComponent("VEVENT").orElseThrow(), Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(cancelled.getComponent("VEVENT").orElseThrow(), Property.UID))
			.isEqualTo(this.event.bookingId() + "@spautopia.example");
		assertThat(value(cancelled.getComponent("VEVENT").orElseThrow(), Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(cancelled.getComponent("VEVENT").orElseThrow(), Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void invitationIsValidICalendar() throws Exception {
		Calendar calendar = parse(this.invites.request(AppointmentMother.of(this.event, 1)));

		assertThat(calendar.validate().getEntries()).isEmpty();
	}

	static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
