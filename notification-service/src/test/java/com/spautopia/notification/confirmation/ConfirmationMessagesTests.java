package com.spautopia.notification.confirmation;

import java.util.regex.Pattern;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationMessagesTests {

	/** The GSM-7 basic character set (without the escape-table characters). */
	private static final Pattern GSM_7 = Pattern
		.compile("[A-Za-z0-9 @£$¥èéùìòÇ\\nØø\\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,\\-./:;<=>?¡ÄÖÑÜ§¿äöñüà]*");

	private final ConfirmationMessages messages = new ConfirmationMessages(new MessageTemplates(),
			new NotificationProperties("Spa Utopia"));

	private final AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

	@Test
	void smsNamesSpaClientTreatmentTherapistLocalStartPriceAndLink() {
		String sms = this.messages.render(this.event).sms();

		assertThat(sms).startsWith("Spa Utopia: Hi Anna,")
			.contains("Deep Tissue Massage", "Marta Nowak", AppointmentConfirmedMother.LOCAL_START, "225.00 PLN",
					this.event.manageUrl())
			.doesNotContain("\n");
	}

	@Test
	void smsFitsTwoGsm7Segments() {
		String sms = this.messages.render(this.event).sms();

		assertThat(sms).matches(GSM_7).hasSizeLessThanOrEqualTo(2 * 153);
	}

	@Test
	void emailHasPlainTextAndHtmlWithTheAppointment() {
		ConfirmationContent content = this.messages.render(this.event);

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
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();
		AppointmentConfirmed hostile = new AppointmentConfirmed(event.bookingId(), event.appointment(),
				new ClientSnapshot(event.client().clientId(), "<b>Eve</b>", event.client().phone(),
						event.client().email(), event.client().consents(), event.client().tags()),
				event.pricing(), event.manageUrl(), event.confirmedAt());

		assertThat(this.messages.render(hostile).emailHtml()).contains("&lt;b&gt;Eve&lt;/b&gt;")
			.doesNotContain("<b>Eve");
	}

}
