package com.spautopia.notification.notice;

import java.time.OffsetDateTime;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.BookingEventsMother;
import com.spautopia.notification.appointment.AppointmentState;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.content.SmsSegments;
import com.spautopia.notification.content.SmsSize.Encoding;
import com.spautopia.sms.Gsm7;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMessagesTests {

	private final NoticeMessages messages = new NoticeMessages(new MessageTemplates(),
			new NotificationProperties("Spa Utopia", "Europe/Warsaw", "en"));

	private final AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

	@Test
	void confirmationSmsNamesSpaClientTreatmentLocalStartAndShortLink() {
		String sms = confirmation(this.event).sms();

		// therapist and price are in the email: with them the SMS would take two segments
		assertThat(sms).startsWith("Spa Utopia: Hi Anna,")
			.contains("Deep Tissue Massage", AppointmentConfirmedMother.LOCAL_START, this.event.shortManageUrl())
			.doesNotContain(this.event.manageUrl(), "Europe/Warsaw", "\n");
	}

	@Test
	void confirmationSmsFitsOneGsm7Segment() {
		String sms = confirmation(this.event).sms();

		assertThat(Gsm7.septets(sms)).isBetween(0, 160);
		assertThat(SmsSegments.of(sms).segments()).isOne();
	}

	// booking-service's seeded treatments and therapists (CatalogSeeder), a typical
	// Polish
	// client name and a manage link of a real host: one GSM-7 segment for every pair
	@ParameterizedTest
	@CsvSource({ "Back Pain Massage for Desk Workers, Ewa Wiśniewska",
			"Back Pain Massage for Desk Workers, Maria Nowak", "Deep Tissue Massage, Jan Kowalski",
			"Swedish Massage, Ewa Wiśniewska", "Sports Massage, Piotr Zieliński",
			"Trigger Point Therapy, Piotr Zieliński", "Posture Massage, Maria Nowak", "Kids Massage, Ewa Wiśniewska" })
	void englishConfirmationOfEverySeededTreatmentForAPolishNameIsOneGsm7Segment(String treatment, String therapist) {
		AppointmentConfirmed event = seeded(treatment, therapist, "Małgorzata Wiśniewska-Kowalczyk");

		String sms = confirmation(event).sms();

		assertThat(Gsm7.septets(sms)).as(sms).isBetween(0, 160);
		assertThat(SmsSegments.of(sms).segments()).isOne();
		assertThat(sms).contains(event.shortManageUrl(), "Malgorzata")
			.doesNotContain(event.manageUrl(), "Europe/Warsaw");
	}

	@Test
	void confirmationWithoutAShortLinkFromAnOlderBookingServiceUsesTheFullLink() {
		AppointmentConfirmed old = new AppointmentConfirmed(this.event.bookingId(), this.event.appointment(),
				this.event.client(), this.event.pricing(), this.event.manageUrl(), this.event.confirmedAt());

		assertThat(confirmation(old).sms()).contains(old.manageUrl());
	}

	@Test
	void emailKeepsTheFullManageLink() {
		RenderedMessage content = confirmation(this.event);

		assertThat(content.emailText()).contains(this.event.manageUrl()).doesNotContain(this.event.shortManageUrl());
		assertThat(content.emailHtml()).contains("href=\"" + this.event.manageUrl() + "\"");
	}

	@Test
	void aPolishClientGetsPolishSmsAndEmail() {
		AppointmentConfirmed event = AppointmentConfirmedMother.inLanguage(this.event, "pl");

		RenderedMessage content = confirmation(event);

		// written without diacritics when that saves segments (GSM-7 instead of UCS-2)
		assertThat(content.sms()).startsWith("Spa Utopia: Anna, potwierdzamy wizyt")
			.contains("wt. 1 gru 2037, 10:00", event.shortManageUrl());
		assertThat(content.emailSubject()).startsWith("Spa Utopia: potwierdzamy wizytę");
		assertThat(content.emailText()).startsWith("Dzień dobry Anna,")
			.contains("Termin: wt. 1 gru 2037, 10:00", "oszczędzasz 25.00 PLN", event.manageUrl());
		assertThat(content.emailHtml()).contains("<html lang=\"pl\">", "Zobacz, przełóż lub odwołaj wizytę");
	}

	@Test
	void anEnglishClientGetsEnglishMessagesWhateverTheSpasDefault() {
		NoticeMessages polishSpa = new NoticeMessages(new MessageTemplates(),
				new NotificationProperties("Spa Utopia", "Europe/Warsaw", "pl"));
		AppointmentConfirmed event = AppointmentConfirmedMother.inLanguage(this.event, "en");

		RenderedMessage content = polishSpa.render(NoticeKind.CONFIRMATION, AppointmentMother.of(event, 1), event);

		assertThat(content.sms()).startsWith("Spa Utopia: Hi Anna,");
		assertThat(content.emailText()).startsWith("Hi Anna,");
	}

	@Test
	void aClientWhoChoseNoLanguageOrOneWithoutMessagesGetsTheSpasDefault() {
		NoticeMessages polishSpa = new NoticeMessages(new MessageTemplates(),
				new NotificationProperties("Spa Utopia", "Europe/Warsaw", "pl"));
		AppointmentConfirmed none = AppointmentConfirmedMother.inLanguage(this.event, null);
		AppointmentConfirmed german = AppointmentConfirmedMother.inLanguage(this.event, "de-AT");

		assertThat(polishSpa.render(NoticeKind.CONFIRMATION, AppointmentMother.of(none, 1), none).emailText())
			.startsWith("Dzień dobry Anna,");
		assertThat(polishSpa.render(NoticeKind.CONFIRMATION, AppointmentMother.of(german, 1), german).emailText())
			.startsWith("Dzień dobry Anna,");
		assertThat(confirmation(none).emailText()).startsWith("Hi Anna,");
	}

	@ParameterizedTest
	@EnumSource(NoticeKind.class)
	void everyPolishNoticeIsInPolishAndFitsTwoSegments(NoticeKind kind) {
		AppointmentConfirmed event = AppointmentConfirmedMother.inLanguage(this.event, "pl");

		RenderedMessage content = this.messages.render(kind, AppointmentMother.of(event, 1), event);

		assertThat(content.emailText()).startsWith("Dzień dobry Anna,");
		assertThat(content.emailHtml()).contains("<html lang=\"pl\">");
		assertThat(SmsSegments.of(content.sms()).segments()).as(content.sms()).isLessThanOrEqualTo(2);
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
		assertThat(content.emailHtml()).contains("<p>Hi Anna,</p>", "<td>Deep Tissue Massage</td>",
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

		assertThat(content.sms()).contains("moved to Wed 2 Dec 2026, 12:30");
		assertThat(content.emailText()).contains("Was: " + AppointmentConfirmedMother.LOCAL_START);
	}

	@ParameterizedTest
	@EnumSource(NoticeKind.class)
	void smsNeverOffersCancelAsAReplyKeywordAndFitsTwoSegments(NoticeKind kind) {
		String sms = this.messages.render(kind, AppointmentMother.of(this.event, 1), this.event).sms();

		assertThat(sms).doesNotContainPattern("(?i)\\bcancel\\b");
		assertThat(SmsSegments.of(sms).segments()).isLessThanOrEqualTo(2);
	}

	private static AppointmentConfirmed seeded(String treatment, String therapist, String clientName) {
		AppointmentConfirmed event = withClientName(AppointmentConfirmedMother.confirmed(), clientName);
		AppointmentDetails details = event.appointment();
		AppointmentDetails seeded = new AppointmentDetails("seeded", treatment, "th-seeded", therapist, details.start(),
				details.end(), details.timeZone(), Money.of("220.00", "PLN"));
		return new AppointmentConfirmed(event.bookingId(), seeded, event.client(), event.pricing(),
				"https://book.spautopia.pl/manage/" + event.bookingId() + "?token=" + "x".repeat(43),
				"https://book.spautopia.pl/m/Xk3_9aQw-LmZ", event.confirmedAt());
	}

	private RenderedMessage confirmation(AppointmentConfirmed event) {
		return this.messages.render(NoticeKind.CONFIRMATION, AppointmentMother.of(event, 1), event);
	}

	private static AppointmentConfirmed withClientName(AppointmentConfirmed event, String name) {
		ClientSnapshot client = event.client();
		return new AppointmentConfirmed(event.bookingId(), event.appointment(),
				new ClientSnapshot(client.clientId(), name, client.phone(), client.email(), client.consents(),
						client.tags(), client.language()),
				event.pricing(), event.manageUrl(), event.shortManageUrl(), event.confirmedAt());
	}

	@Test
	void aReleasedBookingIsExplainedNotMerelyCancelled() {
		AppointmentCancelled released = BookingEventsMother.released(this.event, this.event.confirmedAt());

		RenderedMessage content = this.messages.render(NoticeKind.RELEASE,
				AppointmentMother.of(this.event, this.event.appointment(), 2, AppointmentState.CANCELLED), released);

		assertThat(content.sms()).startsWith("Spa Utopia: Hi Anna, we released your Deep Tissue Massage")
			.contains(AppointmentConfirmedMother.LOCAL_START, "because it was not confirmed in time", "book again")
			.doesNotContain("has been cancelled");
		assertThat(SmsSegments.of(content.sms()).segments()).isLessThanOrEqualTo(NoticeMessages.MAX_SMS_SEGMENTS);
		assertThat(content.emailSubject()).contains("was released");
		assertThat(content.emailText()).contains("not confirmed in time", "book again");
		assertThat(content.emailHtml()).contains("not confirmed in time");
	}

	@Test
	void aReleasedBookingIsExplainedInPolish() {
		AppointmentConfirmed polish = AppointmentConfirmedMother.inLanguage(this.event, "pl");
		AppointmentCancelled released = BookingEventsMother.released(polish, polish.confirmedAt());

		RenderedMessage content = this.messages.render(NoticeKind.RELEASE,
				AppointmentMother.of(polish, polish.appointment(), 2, AppointmentState.CANCELLED), released);

		assertThat(content.emailText()).contains("nie została potwierdzona na czas");
		assertThat(content.emailSubject()).contains("zwolniona");
	}

}
