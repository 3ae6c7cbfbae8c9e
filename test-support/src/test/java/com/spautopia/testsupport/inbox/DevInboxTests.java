package com.spautopia.testsupport.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.mail.TestEmails;
import com.spautopia.testsupport.twilio.TwilioSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DevInboxTests {

	private static final String ACCOUNT_SID = "AC" + "1".repeat(32);

	private final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, "token");

	private final SmtpServer smtp = SmtpServer.start();

	private final DevInbox inbox = DevInbox.start(0, this.twilio, this.smtp);

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		this.inbox.close();
		this.smtp.close();
		this.twilio.close();
		this.http.close();
	}

	@Test
	void listsSentSmsAndEmailsAsJsonAndEscapedHtml() throws Exception {
		sendSms("Booked <Swedish massage> & more");
		TestEmails.sendConfirmation(this.smtp.port(), "jane@example.com");
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.smtp.receivedEmails().isEmpty());

		String sms = get("api/sms");
		String emails = get("api/emails");
		String page = get("");

		assertThat(sms).contains("\"to\":\"+48601234789\"", "\"body\":\"Booked <Swedish massage> & more\"");
		assertThat(emails).contains("\"to\":[\"jane@example.com\"]", "BEGIN:VCALENDAR");
		assertThat(page)
			.contains("Booked &lt;Swedish massage&gt; &amp; more", "jane@example.com", "http-equiv=\"refresh\"")
			.doesNotContain("<Swedish massage>");
	}

	private void sendSms(String body) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((ACCOUNT_SID + ":token").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.twilio.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("To=%2B48601234789&From=%2B48221234567&Body="
					+ java.net.URLEncoder.encode(body, StandardCharsets.UTF_8)))
			.build();
		assertThat(this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.inbox.url() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
