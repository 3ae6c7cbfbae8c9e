package com.spautopia.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.spautopia.events.Channel;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.Notifications;
import com.spautopia.notification.webhook.ClientReply.Kind;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * What each inbound SMS does and what the client is answered, with the database-backed
 * collaborators replaced: the opt-out records, the appointments, the replies kept for the
 * front desk and the messages submitted.
 */
class InboundRepliesTests {

	private static final String SID = "SM0123456789abcdef0123456789abcdef";

	private final AppointmentConfirmed confirmed = AppointmentConfirmedMother.confirmed();

	private final Appointment next = AppointmentMother.of(this.confirmed, 1);

	private final String phone = this.next.phone();

	private final TestClock clock = TestClock.startingAt(this.next.start().minus(Duration.ofDays(2)), ZoneOffset.UTC);

	private final SmsOptOuts optOuts = mock(SmsOptOuts.class);

	private final Appointments appointments = mock(Appointments.class);

	private final ClientReplies replies = mock(ClientReplies.class);

	private final Notifications notifications = mock(Notifications.class);

	private final NotificationProperties properties = new NotificationProperties("Spa Utopia", "Europe/Warsaw", "en");

	private final InboundReplies inbound = new InboundReplies(this.optOuts, this.appointments, new MessageTemplates(),
			this.properties, this.clock, this.replies, new CancelHints(new MessageTemplates(), this.properties),
			this.notifications);

	InboundRepliesTests() {
		this.clock.freeze();
	}

	@ParameterizedTest
	@ValueSource(strings = { "STOP", "stopall", "Unsubscribe", "END", "quit", "REVOKE", "OPTOUT", "CANCEL", " stop. " })
	void everyCarrierOptOutWordOptsTheNumberOutAndGetsNoReplyFromUs(String body) {
		String reply = this.inbound.handle(SID, this.phone, body);

		assertThat(reply).isNull();
		verify(this.optOuts).optOut(this.phone, InboundKeyword.normalize(body), this.clock.instant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "REVOKE", "OPTOUT" })
	void optOutWordsOtherThanCancelAreNeitherKeptNorAnswered(String body) {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		this.inbound.handle(SID, this.phone, body);

		verify(this.replies, never()).keep(anyString(), anyString(), anyString(), any(), any(), any(), anyBoolean());
		verify(this.notifications, never()).submit(any(List.class));
	}

	@Test
	void cancelEmailsHowToCancelTheNextAppointmentAndTellsTheFrontDesk() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		String reply = this.inbound.handle(SID, this.phone, "Cancel");

		assertThat(reply).isNull();
		NotificationRequest email = submittedAlone();
		assertThat(email.channel()).isEqualTo(Channel.EMAIL);
		assertThat(email.purpose()).isEqualTo(Purpose.REPLY);
		assertThat(email.recipient()).isEqualTo(this.confirmed.client().email());
		assertThat(email.content().subject()).contains("how to cancel", "Deep Tissue Massage");
		assertThat(email.content().text()).contains("NOT cancelled", AppointmentConfirmedMother.LOCAL_START,
				"To cancel or move it, use your booking's page: " + this.confirmed.manageUrl(), "text START");
		assertThat(email.content().html()).contains("href=\"" + this.confirmed.manageUrl() + "\"");
		assertThat(email.references().bookingId()).isEqualTo(this.confirmed.bookingId());
		assertThat(email.notAfter()).isEqualTo(this.next.start());
		verify(this.replies).keep(SID, this.phone, "Cancel", Kind.CANCEL_OPT_OUT, this.clock.instant(),
				Optional.of(this.next), true);
	}

	@Test
	void cancelTwiceFromOneTwilioMessageIsOneEmail() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		this.inbound.handle(SID, this.phone, "CANCEL");
		NotificationRequest first = submittedAlone();
		this.inbound.handle(SID, this.phone, "CANCEL");

		ArgumentCaptor<List<NotificationRequest>> submitted = submissions();
		verify(this.notifications, org.mockito.Mockito.times(2)).submit(submitted.capture());
		// the same id: the second is recorded as handled, nothing new is sent
		assertThat(submitted.getAllValues()).extracting((requests) -> requests.get(0).id()).containsOnly(first.id());
	}

	@Test
	void cancelFromAClientWithoutEmailIsOnlyKeptForTheFrontDesk() {
		Appointment withoutEmail = AppointmentMother.of(AppointmentConfirmedMother.confirmed(this.phone, null, true),
				1);
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(withoutEmail));

		assertThat(this.inbound.handle(SID, this.phone, "CANCEL")).isNull();

		verify(this.notifications, never()).submit(any(List.class));
		verify(this.replies).keep(SID, this.phone, "CANCEL", Kind.CANCEL_OPT_OUT, this.clock.instant(),
				Optional.of(withoutEmail), false);
		verify(this.optOuts).optOut(this.phone, "CANCEL", this.clock.instant());
	}

	@Test
	void cancelWithoutAnAppointmentToComeIsKeptWithoutABooking() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.empty());

		this.inbound.handle(SID, this.phone, "CANCEL");

		verify(this.notifications, never()).submit(any(List.class));
		verify(this.replies).keep(SID, this.phone, "CANCEL", Kind.CANCEL_OPT_OUT, this.clock.instant(),
				Optional.empty(), false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "C", "ok", "Y", "Confirm", "c!" })
	void confirmWordsConfirmTheNextAppointmentAndSaySo(String body) {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		String reply = this.inbound.handle(SID, this.phone, body);

		assertThat(reply).contains("thank you, Anna", AppointmentConfirmedMother.LOCAL_START, "is confirmed");
		verify(this.appointments).confirmByClient(this.next, this.phone, this.clock.instant());
		verify(this.optOuts, never()).optIn(anyString(), anyString(), any());
	}

	@Test
	void yesConfirmsAndOptsBackIn() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		assertThat(this.inbound.handle(SID, this.phone, "yes")).contains("is confirmed");

		verify(this.optOuts).optIn(this.phone, "YES", this.clock.instant());
		verify(this.appointments).confirmByClient(this.next, this.phone, this.clock.instant());
	}

	@Test
	void confirmWithoutAnAppointmentToComeSaysThereIsNone() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.empty());

		assertThat(this.inbound.handle(SID, this.phone, "C")).contains("no upcoming appointment");

		verify(this.appointments, never()).confirmByClient(any(), anyString(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "START", "unstop" })
	void startOptsBackInWithoutAReplyFromUs(String body) {
		assertThat(this.inbound.handle(SID, this.phone, body)).isNull();

		verify(this.optOuts).optIn(this.phone, InboundKeyword.normalize(body), this.clock.instant());
	}

	@Test
	void helpGetsHelpThatNamesNoCancelWord() {
		assertThat(this.inbound.handle(SID, this.phone, "help")).contains("Reply C to confirm", "STOP")
			.doesNotContainIgnoringCase("cancel");
	}

	@Test
	void offersConfirmsTheOffersAskedForOnTheBookingPage() {
		given(this.optOuts.confirmOffers(this.phone, this.clock.instant())).willReturn(true);

		assertThat(this.inbound.handle(SID, this.phone, "offers!")).contains("you will get our offers", "STOP");

		verify(this.optOuts).confirmOffers(this.phone, this.clock.instant());
		verify(this.replies, never()).keep(anyString(), anyString(), anyString(), any(), any(), any(), anyBoolean());
	}

	@Test
	void offersFromANumberThatOptedOutGetsNoAnswer() {
		given(this.optOuts.confirmOffers(this.phone, this.clock.instant())).willReturn(false);

		assertThat(this.inbound.handle(SID, this.phone, "OFFERS")).isNull();
	}

	@Test
	void aPolishClientIsAnsweredInPolish() {
		Appointment polish = AppointmentMother.of(AppointmentConfirmedMother.inLanguage(this.confirmed, "pl"), 1);
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(polish));

		assertThat(this.inbound.handle(SID, this.phone, "C")).contains("dziękujemy, Anna", "jest potwierdzona");
		assertThat(this.inbound.handle(SID, this.phone, "help")).contains("Odpisz C", "STOP").doesNotContain("Reply");
	}

	@Test
	void aPolishClientsCancelGetsTheHintInPolish() {
		Appointment polish = AppointmentMother.of(AppointmentConfirmedMother.inLanguage(this.confirmed, "pl"), 1);
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(polish));

		this.inbound.handle(SID, this.phone, "CANCEL");

		NotificationRequest email = submittedAlone();
		assertThat(email.content().subject()).contains("jak odwołać");
		assertThat(email.content().text()).contains("NIE została", "odpisz START",
				"skorzystaj ze strony rezerwacji: " + this.confirmed.manageUrl());
		assertThat(email.content().html()).contains("lang=\"pl\"", "Odwołaj lub przenieś wizytę");
	}

	@Test
	void freeTextIsKeptForTheFrontDeskWithTheNextAppointmentAndNotAnswered() {
		given(this.appointments.nextUpcoming(this.phone, this.clock.instant())).willReturn(Optional.of(this.next));

		assertThat(this.inbound.handle(SID, this.phone, "can I come at 3?")).isNull();

		verify(this.replies).keep(SID, this.phone, "can I come at 3?", Kind.TEXT, this.clock.instant(),
				Optional.of(this.next), false);
		verify(this.optOuts, never()).optOut(anyString(), anyString(), any());
		verify(this.notifications, never()).submit(any(List.class));
	}

	private NotificationRequest submittedAlone() {
		ArgumentCaptor<List<NotificationRequest>> submitted = submissions();
		verify(this.notifications).submit(submitted.capture());
		assertThat(submitted.getValue()).hasSize(1);
		return submitted.getValue().get(0);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ArgumentCaptor<List<NotificationRequest>> submissions() {
		return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
	}

}
