package com.spautopia.notification.confirmation;

import com.spautopia.notification.email.Email;

/**
 * The rendered confirmation messages of one appointment.
 *
 * @param sms the SMS text
 * @param emailSubject the email's subject
 * @param emailText the email's plain-text part
 * @param emailHtml the email's HTML part
 */
record ConfirmationContent(String sms, String emailSubject, String emailText, String emailHtml) {

	Email email(String to) {
		return new Email(to, this.emailSubject, this.emailText, this.emailHtml);
	}

}
