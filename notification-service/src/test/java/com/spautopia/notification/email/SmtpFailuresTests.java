package com.spautopia.notification.email;

import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which SMTP failures are worth a retry: a 4xx reply or a lost connection may pass, a 5xx
 * reply (unknown mailbox, rejected message) will not.
 */
class SmtpFailuresTests {

	@Test
	void aPermanentReplyToTheRecipientIsNotRetried() throws Exception {
		SMTPAddressFailedException unknownUser = new SMTPAddressFailedException(
				new InternetAddress("nobody@example.com"), "RCPT TO:<nobody@example.com>", 550, "5.1.1 User unknown");

		assertThat(SmtpFailures.isPermanent(sendFailed(unknownUser))).isTrue();
	}

	@Test
	void aPermanentReplyToTheMessageIsNotRetried() throws Exception {
		SMTPSendFailedException rejected = new SMTPSendFailedException("DATA", 554, "5.7.1 Message rejected", null,
				null, null, null);

		assertThat(SmtpFailures.isPermanent(sendFailed(rejected))).isTrue();
	}

	@Test
	void aTransientReplyOrALostConnectionIsRetried() throws Exception {
		SMTPAddressFailedException mailboxBusy = new SMTPAddressFailedException(new InternetAddress("busy@example.com"),
				"RCPT TO:<busy@example.com>", 451, "4.2.1 Try again later");

		assertThat(SmtpFailures.isPermanent(sendFailed(mailboxBusy))).isFalse();
		assertThat(SmtpFailures.isPermanent(
				new MailSendException("Couldn't connect to host", new MessagingException("Connection refused"))))
			.isFalse();
	}

	private static MailSendException sendFailed(Exception cause) {
		SendFailedException failed = new SendFailedException("Invalid Addresses", cause);
		return new MailSendException(Map.of(new Object(), failed));
	}

}
