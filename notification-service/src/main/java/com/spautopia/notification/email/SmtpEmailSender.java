package com.spautopia.notification.email;

import java.nio.charset.StandardCharsets;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends multipart emails ({@link MailParts}: plain text, HTML and a calendar invitation)
 * over SMTP with {@link JavaMailSender}; each send is observed ({@code spa.smtp.send}), a
 * span of the current trace.
 */
@Component
class SmtpEmailSender implements EmailSender {

	private final JavaMailSender mailSender;

	private final EmailProperties properties;

	private final ObservationRegistry observations;

	SmtpEmailSender(JavaMailSender mailSender, EmailProperties properties, ObservationRegistry observations) {
		this.mailSender = mailSender;
		this.properties = properties;
		this.observations = observations;
	}

	@Override
	public String send(Email email) {
		MimeMessage message = this.mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.from());
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			message.setContent(MailParts.body(email));
			if (email.listUnsubscribe() != null) {
				// one-click (RFC 8058): the mail program POSTs List-Unsubscribe=One-Click
				// to
				// the HTTPS link, and the email must be DKIM-signed by the sending domain
				message.setHeader("List-Unsubscribe", email.listUnsubscribe());
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
		}
		catch (MessagingException ex) {
			throw new DeliveryException("Cannot build email: " + Recipients.scrub(String.valueOf(ex.getMessage())),
					false);
		}
		try {
			Observation.createNotStarted("spa.smtp.send", this.observations)
				.contextualName("smtp send")
				.observe(() -> this.mailSender.send(message));
			return messageId(message);
		}
		catch (MailParseException | MailPreparationException ex) {
			throw new DeliveryException("Invalid email: " + Recipients.scrub(String.valueOf(ex.getMessage())), false);
		}
		catch (MailAuthenticationException ex) {
			throw new DeliveryException("SMTP authentication failed", true);
		}
		catch (MailException ex) {
			// a 5xx reply (unknown mailbox, rejected message) fails again: not retried
			boolean permanent = SmtpFailures.isPermanent(ex);
			throw new DeliveryException(
					(permanent ? "SMTP server refused the email: " : "SMTP send failed: ")
							+ Recipients.scrub(String.valueOf(ex.getMessage())),
					!permanent, permanent ? "smtp-5xx" : null, null);
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			String id = message.getMessageID();
			return (id != null) ? id : "unknown";
		}
		catch (MessagingException ex) {
			return "unknown";
		}
	}

}
