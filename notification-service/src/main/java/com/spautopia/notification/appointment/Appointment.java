package com.spautopia.notification.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.spautopia.notification.content.AppointmentFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a booking, from the latest booking event applied: enough to
 * write reminders, to send calendar updates with a rising sequence, and to find a
 * client's next appointment when they reply to an SMS.
 *
 * @param bookingId the booking's id
 * @param clientId the client
 * @param clientName the client's name
 * @param phone the client's phone number in E.164 form
 * @param email the client's email address, if any
 * @param smsConsent whether the client consented to transactional SMS
 * @param treatment the treatment's name
 * @param therapist the therapist's name
 * @param start when it starts
 * @param end when it ends
 * @param timeZone the spa's zone
 * @param manageUrl where the client manages the booking, once known; stored sealed as the
 * event brought it ({@link com.spautopia.events.SealedLinks}), opened when read
 * @param price the final price, once known
 * @param state where it stands
 * @param version the time of the latest event applied; older events change nothing
 * @param lastEventId the CloudEvents id of that event
 * @param calendarSequence how many calendar objects were sent for this booking
 * @param clientConfirmedAt when the client confirmed by SMS, if they did
 * @param shortManageUrl a short link to the manage page, for SMS, once known; sealed like
 * {@code manageUrl}
 * @param language the language the client chose (BCP 47), if any
 */
@Document(Appointment.COLLECTION)
public record Appointment(@Id String bookingId, String clientId, String clientName, String phone,
		@Nullable String email, boolean smsConsent, String treatment, String therapist, Instant start, Instant end,
		String timeZone, @Nullable String manageUrl, @Nullable String price, AppointmentState state, Instant version,
		String lastEventId, int calendarSequence, @Nullable Instant clientConfirmedAt, @Nullable String shortManageUrl,
		@Nullable String language) {

	static final String COLLECTION = "appointments";

	/**
	 * The {@code SEQUENCE} of the latest calendar object sent: 0 for the first.
	 * @return the sequence number
	 */
	public int currentCalendarSequence() {
		return Math.max(0, this.calendarSequence - 1);
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/**
	 * The start in the spa's zone, in English, such as {@code Tue 1 Dec 2026, 10:00}.
	 * @return the local start
	 */
	public String localStart() {
		return AppointmentFormat.localTime(this.start, zone());
	}

	/**
	 * The start in the spa's zone, in a language.
	 * @param locale the language
	 * @return the local start
	 */
	public String localStart(Locale locale) {
		return AppointmentFormat.localTime(this.start, zone(), locale);
	}

	/**
	 * The manage link for an SMS: the short one if booking-service gave one.
	 * @return the link, if known
	 */
	public @Nullable String smsManageUrl() {
		return (this.shortManageUrl != null) ? this.shortManageUrl : this.manageUrl;
	}

	/**
	 * The appointment with other manage links: opened ones, once read.
	 * @param manageUrl the manage link
	 * @param shortManageUrl the short link
	 * @return the appointment with these links
	 */
	Appointment withManageLinks(@Nullable String manageUrl, @Nullable String shortManageUrl) {
		return new Appointment(this.bookingId, this.clientId, this.clientName, this.phone, this.email, this.smsConsent,
				this.treatment, this.therapist, this.start, this.end, this.timeZone, manageUrl, this.price, this.state,
				this.version, this.lastEventId, this.calendarSequence, this.clientConfirmedAt, shortManageUrl,
				this.language);
	}

}
