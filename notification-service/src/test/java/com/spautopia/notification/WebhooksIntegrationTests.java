package com.spautopia.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.spautopia.events.Channel;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's inbound SMS webhook, as the simulator posts it (signed) and as a forger would.
 */
class WebhooksIntegrationTests extends NotificationIntegrationTest {

	private static final String INBOUND_URL = BASE_URL + "/twilio/inbound";

	@Test
	void stopOptsTheNumberOutOfEveryLaterSms() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);

		assertThat(twilio.sendInbound(phone, SPA_NUMBER, "Stop", INBOUND_URL)).isEqualTo(200);

		ClientOptedOut optedOut = awaitNotificationEvent(ClientOptedOut.class, (e) -> e.phone().equals(phone)).data();
		assertThat(optedOut.channel()).isEqualTo(Channel.SMS);
		assertThat(optedOut.keyword()).isEqualTo("STOP");
		publish(BookingEventsMother.rescheduled(event,
				start.plus(Duration.ofHours(1)).atZone(WARSAW).toOffsetDateTime(), WallClock.now()));
		awaitCount(() -> emailsTo(event.client().email()), 2);
		this.clock.setTo(start.plus(Duration.ofHours(1)).minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		awaitCount(() -> emailsTo(event.client().email()), 3);
		assertThat(emailsTo(event.client().email()).get(2).subject()).contains("reminder");
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@Test
	void startOptsTheNumberBackIn() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		twilio.sendInbound(phone, SPA_NUMBER, "STOP", INBOUND_URL);
		awaitNotificationEvent(ClientOptedOut.class, (e) -> e.phone().equals(phone));

		assertThat(twilio.sendInbound(phone, SPA_NUMBER, "START", INBOUND_URL)).isEqualTo(200);

		assertThat(awaitNotificationEvent(ClientOptedIn.class, (e) -> e.phone().equals(phone)).data().keyword())
			.isEqualTo("START");
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed(phone, null, true,
				inThreeDays().atZone(WARSAW).toOffsetDateTime());
		publish(event);
		awaitCount(() -> smsTo(phone), 1);
	}

	@Test
	void inboundSmsWithABadSignatureIsRejectedAndChangesNothing() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Map<String, String> form = Map.of("From", phone, "To", SPA_NUMBER, "Body", "STOP", "MessageSid", "SM1");

		MvcTestResult forged = inbound(form, TwilioSignature.sign("not-the-auth-token", INBOUND_URL, form));
		MvcTestResult unsigned = this.mvc.post()
			.uri("/twilio/inbound")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formFields(multi(form))
			.exchange();

		for (MvcTestResult result : new MvcTestResult[] { forged, unsigned }) {
			assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.title")
				.isEqualTo("Invalid Twilio signature");
		}
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed(phone, null, true,
				inThreeDays().atZone(WARSAW).toOffsetDateTime());
		publish(event);
		awaitCount(() -> smsTo(phone), 1);
	}

	@Test
	void statusCallbackWithABadSignatureIsRejectedAndChangesNothing() {
		// Twilio's own callbacks would come too late to matter here
		twilio.statusCallbackDelay(Duration.ofMinutes(10));
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		publish(event);
		SimulatedSms sms = awaitCount(() -> smsTo(event.client().phone()), 1).get(0);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "SENT");
		awaitCount(() -> emailsTo(event.client().email()), 1);
		String url = String.valueOf(sms.statusCallback());
		Map<String, String> form = Map.of("MessageSid", sms.sid(), "MessageStatus", "failed", "ErrorCode", "30003");

		MvcTestResult forged = this.mvc.post()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", TwilioSignature.sign("not-the-auth-token", url, form))
			.formFields(multi(form))
			.exchange();
		MvcTestResult unsigned = this.mvc.post()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formFields(multi(form))
			.exchange();

		assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(unsigned).hasStatus(HttpStatus.FORBIDDEN);
		assertStaysAt(() -> emailsTo(event.client().email()), 1);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "SENT");
		// the same callback signed with the auth token would have failed the SMS
		assertThat(this.mvc.post()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", TwilioSignature.sign(AUTH_TOKEN, url, form))
			.formFields(multi(form))).hasStatus(HttpStatus.NO_CONTENT);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "FAILED");
	}

	@Test
	void cConfirmsTheClientsNextAppointment() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Instant later = inThreeDays().plus(Duration.ofDays(2));
		Instant sooner = inThreeDays();
		AppointmentConfirmed laterOne = AppointmentConfirmedMother.confirmed(phone, null, true,
				later.atZone(WARSAW).toOffsetDateTime());
		AppointmentConfirmed soonerOne = AppointmentConfirmedMother.confirmed(phone, null, true,
				sooner.atZone(WARSAW).toOffsetDateTime());
		publish(laterOne);
		publish(soonerOne);
		awaitCount(() -> smsTo(phone), 2);
		Map<String, String> form = Map.of("From", phone, "To", SPA_NUMBER, "Body", "c", "MessageSid", "SM2");

		MvcTestResult reply = inbound(form, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, form));

		assertThat(reply).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_XML)
			.bodyText()
			.contains("<Response><Message><Body>", RemindersIntegrationTests.localStart(sooner), "is confirmed");
		AppointmentConfirmedByClient confirmed = awaitNotificationEvent(AppointmentConfirmedByClient.class,
				(e) -> e.phone().equals(phone))
			.data();
		assertThat(confirmed.bookingId()).isEqualTo(soonerOne.bookingId());
	}

	@Test
	void helpGetsHelpWithoutCancelAsAKeywordAndFreeTextNoCannedAnswer() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		Map<String, String> help = Map.of("From", phone, "To", SPA_NUMBER, "Body", "HELP", "MessageSid", "SM3");
		Map<String, String> other = Map.of("From", phone, "To", SPA_NUMBER, "Body", "what?", "MessageSid", "SM4");
		Map<String, String> confirm = Map.of("From", phone, "To", SPA_NUMBER, "Body", "YES", "MessageSid", "SM5");

		assertThat(inbound(help, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, help))).bodyText()
			.contains("Reply C to confirm your next appointment")
			.doesNotContainPattern("(?i)\\bcancel\\b");
		assertThat(inbound(other, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, other))).bodyText()
			.doesNotContain("<Message>");
		assertThat(inbound(confirm, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, confirm))).bodyText()
			.contains("no upcoming appointment");
	}

	@Test
	void freeTextAndCancelRepliesReachTheFrontDeskNewestFirstWithTheirBooking() {
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		String phone = booked.client().phone();
		publish(booked);
		awaitCount(() -> smsTo(phone), 1);
		Map<String, String> question = Map.of("From", phone, "To", SPA_NUMBER, "Body", "can I come at 3?", "MessageSid",
				"SMq" + phone.substring(1));
		Map<String, String> cancel = Map.of("From", phone, "To", SPA_NUMBER, "Body", "CANCEL", "MessageSid",
				"SMc" + phone.substring(1));

		assertThat(inbound(question, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, question))).bodyText()
			.doesNotContain("<Message>");
		this.clock.setTo(this.clock.instant().plusSeconds(1));
		inbound(cancel, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, cancel));

		MvcTestResult replies = this.mvc.get()
			.uri("/api/replies")
			.header("Authorization", TestTokens.bearer(TestTokens.staff()))
			.exchange();
		assertThat(replies).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.phone == '" + phone + "')].kind")
			.asArray()
			.containsExactly("CANCEL_OPT_OUT", "TEXT");
		assertThat(replies).bodyJson()
			.extractingPath("$[?(@.phone == '" + phone + "')].bookingId")
			.asArray()
			.containsOnly(booked.bookingId());
		assertThat(this.mvc.get().uri("/api/replies")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theFrontDeskReadsOneClientsMessagesAndRepliesFromItsOwnPage() throws Exception {
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		AppointmentConfirmed someoneElse = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		String phone = booked.client().phone();
		publish(booked);
		publish(someoneElse);
		awaitCount(() -> smsTo(phone), 1);
		awaitCount(() -> smsTo(someoneElse.client().phone()), 1);
		for (AppointmentConfirmed client : new AppointmentConfirmed[] { booked, someoneElse }) {
			String from = client.client().phone();
			Map<String, String> question = Map.of("From", from, "To", SPA_NUMBER, "Body", "is there parking?",
					"MessageSid", "SMp" + from.substring(1));
			inbound(question, TwilioSignature.sign(AUTH_TOKEN, INBOUND_URL, question));
		}
		String clientId = booked.client().clientId();

		MvcTestResult replies = this.mvc.get()
			.uri("/api/replies?clientId={id}", clientId)
			.header("Authorization", TestTokens.bearer(TestTokens.staff()))
			.exchange();
		MvcTestResult messages = this.mvc.get()
			.uri("/api/clients/{id}/notifications", clientId)
			.header("Authorization", TestTokens.bearer(TestTokens.staff()))
			.exchange();

		assertThat(replies).hasStatusOk().bodyJson().extractingPath("$[*].clientId").asArray().containsOnly(clientId);
		assertThat(replies).bodyJson().extractingPath("$[*].body").asArray().containsExactly("is there parking?");
		assertThat(messages).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].bookingId")
			.asArray()
			.isNotEmpty()
			.containsOnly(booked.bookingId());
		assertThat(messages).bodyJson()
			.extractingPath("$[?(@.channel == 'SMS')].purpose")
			.asArray()
			.contains("CONFIRMATION");
		assertThat(messages.getResponse().getContentAsString()).doesNotContain(phone.substring(4));
		assertThat(this.mvc.get().uri("/api/clients/{id}/notifications", clientId)).hasStatus(HttpStatus.FORBIDDEN);
		// the front desk page of booking-service calls from its own origin
		MvcTestResult preflight = this.mvc.options()
			.uri("/api/clients/{id}/notifications", clientId)
			.header("Origin", "http://localhost:8081")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization")
			.exchange();
		assertThat(preflight).hasStatusOk().headers().hasValue("Access-Control-Allow-Origin", "http://localhost:8081");
	}

	@Test
	void cancelOptsTheNumberOutEmailsHowToCancelTheAppointmentAndTellsTheFrontDesk() {
		Instant start = inThreeDays();
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmedAt(start);
		String phone = booked.client().phone();
		String email = booked.client().email();
		publish(booked);
		awaitCount(() -> smsTo(phone), 1);
		awaitCount(() -> emailsTo(email), 1);

		assertThat(twilio.sendInbound(phone, SPA_NUMBER, "Cancel", INBOUND_URL)).isEqualTo(200);

		assertThat(awaitNotificationEvent(ClientOptedOut.class, (e) -> e.phone().equals(phone)).data().keyword())
			.isEqualTo("CANCEL");
		ReceivedEmail hint = awaitCount(() -> emailsTo(email), 2).get(1);
		assertThat(hint.subject()).contains("how to cancel", "Deep Tissue Massage");
		assertThat(hint.textBody()).contains("NOT cancelled", booked.manageUrl(), "text START");
		MvcTestResult replies = this.mvc.get()
			.uri("/api/replies")
			.header("Authorization", TestTokens.bearer(TestTokens.staff()))
			.exchange();
		assertThat(replies).bodyJson()
			.extractingPath("$[?(@.phone == '" + phone + "')]['kind','bookingId','clientId','cancelHintEmailed']")
			.asArray()
			.singleElement()
			.asString()
			.contains("kind=CANCEL_OPT_OUT", "bookingId=" + booked.bookingId(),
					"clientId=" + booked.client().clientId(), "cancelHintEmailed=true");
		// opted out: the appointment still stands, and its changes reach the client by
		// email only
		publish(BookingEventsMother.rescheduled(booked,
				start.plus(Duration.ofHours(1)).atZone(WARSAW).toOffsetDateTime(), WallClock.now()));
		awaitCount(() -> emailsTo(email), 3);
		assertStaysAt(() -> smsTo(phone), 1);
	}

	@Test
	void cancelFromAClientWithoutEmailIsShownToTheFrontDeskAsNotAnswered() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		AppointmentConfirmed booked = AppointmentConfirmedMother.confirmed(phone, null, true,
				inThreeDays().atZone(WARSAW).toOffsetDateTime());
		publish(booked);
		awaitCount(() -> smsTo(phone), 1);

		assertThat(twilio.sendInbound(phone, SPA_NUMBER, "CANCEL", INBOUND_URL)).isEqualTo(200);

		awaitNotificationEvent(ClientOptedOut.class, (e) -> e.phone().equals(phone));
		assertThat(this.mvc.get()
			.uri("/api/replies")
			.header("Authorization", TestTokens.bearer(TestTokens.staff()))
			.exchange()).bodyJson()
			.extractingPath("$[?(@.phone == '" + phone + "')]['kind','bookingId','cancelHintEmailed']")
			.asArray()
			.singleElement()
			.asString()
			.contains("kind=CANCEL_OPT_OUT", "bookingId=" + booked.bookingId(), "cancelHintEmailed=false");
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", booked.bookingId())).bodyJson()
			.extractingPath("$[*].purpose")
			.asArray()
			.containsOnly("CONFIRMATION");
	}

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@AfterEach
	void defaultCallbackDelay() {
		twilio.statusCallbackDelay(Duration.ofMillis(50));
	}

	private Instant inThreeDays() {
		return this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
	}

	private MvcTestResult inbound(Map<String, String> form, String signature) {
		return this.mvc.post()
			.uri("/twilio/inbound")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", signature)
			.formFields(multi(form))
			.exchange();
	}

	private static org.springframework.util.MultiValueMap<String, String> multi(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> map = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(map::add);
		return map;
	}

}
