package com.spautopia.notification.notice;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.email.EmailProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * Calendar invitations (iCalendar, RFC 5545, sent as iTIP, RFC 5546) for an appointment:
 * {@code METHOD:REQUEST} when it is booked or moved, {@code METHOD:CANCEL} when it is
 * cancelled. Every version of one booking has the same {@code UID} and a higher
 * {@code SEQUENCE}, so calendars update the event instead of adding another.
 */
@Component
class CalendarInvites {

	static final String PRODUCT_ID = "-//Spa Utopia//Notification Service//EN";

	private final String spaName;

	private final String organizer;

	private final Clock clock;

	private final NotificationProperties notification;

	private final MessageTemplates templates;

	CalendarInvites(NotificationProperties notification, EmailProperties email, MessageTemplates templates,
			Clock clock) {
		this.spaName = notification.spaName();
		this.organizer = address(email.from());
		this.clock = clock;
		this.notification = notification;
		this.templates = templates;
	}

	String request(Appointment appointment) {
		return calendar(ImmutableMethod.REQUEST, appointment, false);
	}

	String cancel(Appointment appointment) {
		return calendar(ImmutableMethod.CANCEL, appointment, true);
	}

	/**
	 * The stable UID of a booking's calendar event.
	 * @param bookingId the booking
	 * @return the UID
	 */
	static String uid(String bookingId) {
		return bookingId + "@spautopia.example";
	}

	private String calendar(Method method, Appointment appointment, boolean cancelled) {
		Locale locale = this.notification.locale(appointment.language());
		VEvent event = new VEvent(appointment.start(), appointment.end(),
				this.templates.message("calendar.summary", locale, appointment.treatment(), this.spaName));
		event.add(new Uid(uid(appointment.bookingId())));
		event.add(new Sequence(appointment.currentCalendarSequence()));
		event.replace(new DtStamp(this.clock.instant()));
		event.add(new Location(this.spaName));
		event.add(new Description(description(appointment, locale)));
		event.add(new Organizer(URI.create("mailto:" + this.organizer)));
		if (appointment.email() != null) {
			event.add(new Attendee(URI.create("mailto:" + appointment.email())));
		}
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(event);
		return calendar.toString();
	}

	private String description(Appointment appointment, Locale locale) {
		String manage = (appointment.manageUrl() != null)
				? "\n" + this.templates.message("calendar.manage", locale, appointment.manageUrl()) : "";
		return this.templates.message("calendar.description", locale, appointment.treatment(), appointment.therapist())
				+ manage;
	}

	private static String address(String from) {
		try {
			return new InternetAddress(from).getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalStateException("spa.mail.from is not an email address", ex);
		}
	}

}
