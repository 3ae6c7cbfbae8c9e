package com.spautopia.testsupport.mail;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SmtpServerTests {

	private final SmtpServer smtp = SmtpServer.start();

	@AfterEach
	void stop() {
		this.smtp.close();
	}

	@Test
	void receivesEmailAndParsesTextHtmlAndCalendarParts() throws Exception {
		TestEmails.sendConfirmation(this.smtp.port(), "jane@example.com");

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.smtp.receivedEmails().isEmpty());

		assertThat(this.smtp.receivedEmails()).singleElement().satisfies((email) -> {
			assertThat(email.from()).isEqualTo("bookings@spautopia.example");
			assertThat(email.to()).containsExactly("jane@example.com");
			assertThat(email.subject()).isEqualTo("Your booking is confirmed – Swedish massage");
			assertThat(email.textBody()).isEqualTo("See you on 15 January at 10:00.");
			assertThat(email.htmlBody()).isEqualTo("<p>See you on <b>15 January</b> at 10:00.</p>");
			assertThat(email.calendar()).isEqualTo(TestEmails.CALENDAR);
		});
	}

	@Test
	void listsAnEmailToSeveralRecipientsOnce() throws Exception {
		TestEmails.sendConfirmation(this.smtp.port(), "jane@example.com, john@example.com");

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.smtp.receivedEmails().isEmpty());

		assertThat(this.smtp.receivedEmails()).singleElement()
			.satisfies((email) -> assertThat(email.to()).containsExactly("jane@example.com", "john@example.com"));
	}

	@Test
	void clearForgetsReceivedEmails() throws Exception {
		TestEmails.sendConfirmation(this.smtp.port(), "jane@example.com");
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.smtp.receivedEmails().isEmpty());

		this.smtp.clear();

		assertThat(this.smtp.receivedEmails()).isEmpty();
	}

}
