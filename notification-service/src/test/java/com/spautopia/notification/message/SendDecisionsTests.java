package com.spautopia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.message.SendDecisions.Action;
import com.spautopia.notification.message.SendDecisions.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's decision table.
 */
class SendDecisionsTests {

	private static final Instant FIRST_ATTEMPT = Instant.parse("2026-03-29T00:30:00Z");

	private static final Instant START = FIRST_ATTEMPT.plus(Duration.ofHours(3));

	private final SendDecisions decisions = new SendDecisions(Duration.ofMinutes(2));

	@Test
	void aMessageWithNothingAgainstItIsSent() {
		assertThat(decide(ClaimedMessages.sms(Purpose.REMINDER, FIRST_ATTEMPT, START), FIRST_ATTEMPT, false,
				Optional.empty(), false))
			.isEqualTo(Action.SEND);
	}

	@Test
	void anSmsWhoseEarlierAttemptMayHaveReachedTwilioIsLookedUpBeforeAnythingElse() {
		Notification unknown = ClaimedMessages.smsWithUnknownOutcome(Purpose.REMINDER, FIRST_ATTEMPT, START);

		assertThat(decide(unknown, FIRST_ATTEMPT.plusSeconds(5), false, Optional.empty(), false))
			.isEqualTo(Action.LOOK_UP);
		// even if it is now too late, or opted out: Twilio may have sent it, and then it
		// was sent
		assertThat(decide(unknown, START.plusSeconds(1), true, Optional.empty(), false)).isEqualTo(Action.LOOK_UP);
	}

	@Test
	void notFoundAtTwilioItIsSentOnlyOnceTwilioCanNoLongerBeQueueingTheEarlierAttempt() {
		Notification unknown = ClaimedMessages.smsWithUnknownOutcome(Purpose.REMINDER, FIRST_ATTEMPT, START);

		Decision soon = this.decisions.beforeSending(unknown, FIRST_ATTEMPT.plusSeconds(30), false, Optional.empty(),
				true);
		assertThat(soon.action()).isEqualTo(Action.LOOK_UP_LATER);
		assertThat(soon.at()).isEqualTo(FIRST_ATTEMPT.plus(Duration.ofMinutes(2)));
		assertThat(decide(unknown, FIRST_ATTEMPT.plus(Duration.ofMinutes(2)), false, Optional.empty(), true))
			.isEqualTo(Action.SEND);
	}

	@Test
	void notFoundAtTwilioTheUsualRulesApply() {
		Notification unknown = ClaimedMessages.smsWithUnknownOutcome(Purpose.REMINDER, FIRST_ATTEMPT, START);

		assertThat(decide(unknown, START, false, Optional.empty(), true)).isEqualTo(Action.EXPIRE);
		assertThat(decide(unknown, FIRST_ATTEMPT.plus(Duration.ofHours(1)), true, Optional.empty(), true))
			.isEqualTo(Action.SUPPRESS);
	}

	@Test
	void anEmailIsNeverLookedUp() {
		assertThat(decide(ClaimedMessages.email(Purpose.CONFIRMATION, FIRST_ATTEMPT, true), FIRST_ATTEMPT, false,
				Optional.empty(), false))
			.isEqualTo(Action.SEND);
	}

	@Test
	void tooLateIsExpired() {
		Notification reminder = ClaimedMessages.sms(Purpose.REMINDER, FIRST_ATTEMPT, START);

		assertThat(decide(reminder, START, false, Optional.empty(), false)).isEqualTo(Action.EXPIRE);
		assertThat(decide(reminder, START.minusMillis(1), false, Optional.empty(), false)).isEqualTo(Action.SEND);
	}

	@Test
	void anOptedOutRecipientGetsNoSms() {
		assertThat(decide(ClaimedMessages.sms(Purpose.REMINDER, FIRST_ATTEMPT, START), FIRST_ATTEMPT, true,
				Optional.empty(), false))
			.isEqualTo(Action.SUPPRESS);
	}

	@Test
	void quietHoursDeferUnlessTheyLastPastTheEnd() {
		Notification offer = ClaimedMessages.sms(Purpose.OFFER, FIRST_ATTEMPT, START);

		Decision deferred = this.decisions.beforeSending(offer, FIRST_ATTEMPT, false,
				Optional.of(START.minusSeconds(60)), false);
		assertThat(deferred.action()).isEqualTo(Action.DEFER);
		assertThat(deferred.at()).isEqualTo(START.minusSeconds(60));
		assertThat(decide(offer, FIRST_ATTEMPT, false, Optional.of(START), false)).isEqualTo(Action.EXPIRE);
	}

	private Action decide(Notification message, Instant now, boolean optedOut, Optional<Instant> quietUntil,
			boolean lookedUp) {
		return this.decisions.beforeSending(message, now, optedOut, quietUntil, lookedUp).action();
	}

}
