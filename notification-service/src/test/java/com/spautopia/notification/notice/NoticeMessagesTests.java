package com.spautopia.notification.notice;

import java.time.OffsetDateTime;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.BookingEventsMother;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.content.SmsSegments;
import com.spautopia.notification.content.SmsSize.Encoding;
import com.spautopia.sms.Gsm7;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMessagesTests {

	private final NoticeMessages messages = new NoticeMessages(new MessageTemplates(),
			new NotificationProperties("Spa Utopia", "Europe/Warsaw"));

	private final AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

	@Test
	void confirmationSmsNamesSpaClientTreatmentTherapistLocalStartPriceAndLink() {
		String sms = confirmation(this.event).sms();

		assertThat(sms).startsWith("Spa Utopia: Hi Anna,")
			.contains("Deep Tissue Massage", "Marta Nowak", AppointmentConfirmedMother.LOCAL_START, "225.00 PLN",
					this.event.manageUrl())
			.doesNotContain("\n");
	}

	@Test
	void confirmationSmsFitsTwoGsm7Segments() {
		String sms = confirmation(this.event).sms();

		assertThat(Gsm7.septets(sms)).isBetween(0, 2 * 153);
		assertThat(SmsSegments.of(sms).segments()).isLessThanOrEqualTo(2);
	}

	@Test
	void polishNameIsWrittenWithoutDiacriticsToStayInTwoSegments() {
		AppointmentConfirmed event = withClientName(this.event, "Łucja Żółkiewska");

		String sms = confirmation(event).sms();

		assertThat(sms).startsWith("Spa Utopia: Hi Lucja,");
		assertThat(SmsSegments.of(sms).encoding()).isEqualTo(Encoding.GSM_7);
		assertThat(SmsSegments.of(sms).segments()).isLessThanOrEqualTo(2);
	}

	@Test
	void confirmationEmailHasPlainTextAndHtmlWithTheAppointment() {
		RenderedMessage content = confirmation(this.event);

		assertThat(content.emailSubject()).isEqualTo(
				"Spa Utopia: your Deep Tissue Massage on " + AppointmentConfirmedMother.LOCAL_START + " is confirmed");
		assertThat(content.emailText()).startsWith("Hi Anna,")
			.contains("Marta Nowak", AppointmentConfirmedMother.LOCAL_START, "225.00 PLN (you save 25.00 PLN)",
					this.event.manageUrl());
		assertThat(content.emailHtml()).contains("<span>Anna</span>", "<td>Deep Tissue Massage</td>",
				"<td>" + AppointmentConfirmedMother.LOCAL_START + "</td>", "href=\"" + this.event.manageUrl() + "\"");
	}

	@Test
	void htmlEscapesClientData() {
		AppointmentConfirmed hostile = withClientName(this.event, "<b>Eve</b>");

		assertThat(confirmation(hostile).emailHtml()).contains("&lt;b&gt;Eve&lt;/b&gt;").doesNotContain("<b>Eve");
	}

	@Test
	void rescheduleNoticeGivesNewAndPreviousTime() {
		OffsetDateTime newStart = OffsetDateTime.parse("2026-12-02T12:30:00+01:00");
		var rescheduled = BookingEventsMother.rescheduled(this.event, newStart, WallClock.now());

		RenderedMessage content = this.messages.render(NoticeKind.RESCHEDULE, AppointmentMother.of(this.event,
				rescheduled.appointment(), 2, com.spautopia.notification.appointment.AppointmentState.ACTIVE),
				rescheduled);

		assertThat(content.sms()).contains("moved to Wed 2 Dec 2026, 12:30 (Europe/Warsaw)");
		assertThat(content.emailText()).contains("(was " + AppointmentConfirmedMother.LOCAL_START + ")");
	}

	@ParameterizedTest
	@EnumSource(NoticeKind.class)
	void smsNeverOffersCancelAsAReplyKeywordAndFitsTwoSegments(NoticeKind kind) {
		String sms = this.messages.render(kind, AppointmentMother.of(this.event, 1), this.event).sms();

		assertThat(sms).doesNotContainPattern("(?i)\\bcancel\\b");
		assertThat(SmsSegments.of(sms).segments()).isLessThanOrEqualTo(2);
	}

	private RenderedMessage confirmation(AppointmentConfirmed event) {
		return this.messages.render(NoticeKind.CONFIRMATION, AppointmentMother.of(event, 1), event);
	}

	private static AppointmentConfirmed withClientName(AppointmentConfirmed event, String name) {
		ClientSnapshot client = event.client();
		return new AppointmentConfirmed(
				event.bookingId(), event.appointment(), new ClientSnapshot(client.clientId(), name, client.phone(),
						client.email(), client.consents(), client.tags()),
				event.pricing(), event.manageUrl(), event.confirmedAt());
	}

}
