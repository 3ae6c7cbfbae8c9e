package com.spautopia.testsupport.mail;

import java.io.IOException;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Sends a confirmation-like email (text, HTML and an .ics invitation) over SMTP.
 */
public final class TestEmails {

	public static final String CALENDAR = """
			BEGIN:VCALENDAR\r
			VERSION:2.0\r
			PRODID:-//Spa Utopia//Test//EN\r
			METHOD:REQUEST\r
			BEGIN:VEVENT\r
			UID:booking-1@spautopia\r
			DTSTART:20300115T100000Z\r
			SUMMARY:Swedish massage\r
			END:VEVENT\r
			END:VCALENDAR\r
			""";

	private TestEmails() {
	}

	public static void sendConfirmation(int port, String to) throws MessagingException, IOException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(port));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress("bookings@spautopia.example", "Spa Utopia"));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
		message.setSubject("Your booking is confirmed – Swedish massage", "UTF-8");

		MimeBodyPart text = new MimeBodyPart();
		text.setText("See you on 15 January at 10:00.", "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<p>See you on <b>15 January</b> at 10:00.</p>", "text/html; charset=UTF-8");
		MimeMultipart alternative = new MimeMultipart("alternative", text, html);
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);

		MimeBodyPart invitation = new MimeBodyPart();
		invitation.setDataHandler(
				new DataHandler(new ByteArrayDataSource(CALENDAR, "text/calendar; method=REQUEST; charset=UTF-8")));
		invitation.setFileName("booking.ics");
		invitation.setDisposition(MimeBodyPart.ATTACHMENT);
		invitation.setHeader("Content-Transfer-Encoding", "base64");

		message.setContent(new MimeMultipart("mixed", body, invitation));
		Transport.send(message);
	}

}
