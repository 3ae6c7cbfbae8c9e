package com.spautopia.promotion.definition;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.fixtures.BookingMother;
import com.spautopia.promotion.fixtures.PromotionMother;
import org.junit.jupiter.api.Test;

import static com.spautopia.promotion.fixtures.BookingMother.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a last-minute promotion applies: to freed time only, booked at most its hours
 * before the start.
 */
class LastMinutePromotionTests {

	// the booking starts at 2030-05-07T09:00:00Z
	private static final String START = "2030-05-07T11:00:00+02:00";

	private final Promotion lastMinute = PromotionMother.lastMinute("fill-4h", 4).build();

	@Test
	void appliesToFreedTimeBookedWithinItsHours() {
		assertThat(this.lastMinute.refusal(freed().bookedAt("2030-05-07T07:30:00Z").context())).isEmpty();
	}

	@Test
	void appliesToFreedTimeBookedExactlyItsHoursAhead() {
		assertThat(this.lastMinute.refusal(freed().bookedAt("2030-05-07T05:00:00Z").context())).isEmpty();
	}

	@Test
	void doesNotApplyToFreedTimeBookedFurtherAhead() {
		assertThat(this.lastMinute.refusal(freed().bookedAt("2030-05-07T04:59:00Z").context()))
			.contains(Reason.NOT_APPLICABLE);
	}

	@Test
	void doesNotApplyToTimeNobodyFreed() {
		assertThat(this.lastMinute
			.refusal(booking().startingAt(START, "Europe/Warsaw").bookedAt("2030-05-07T07:30:00Z").context()))
			.contains(Reason.NOT_APPLICABLE);
	}

	@Test
	void neverAppliesWithoutItsHours() {
		Promotion withoutHours = PromotionMother.lastMinute("fill-no-hours", 4).withoutLastMinute().build();

		assertThat(withoutHours.refusal(freed().bookedAt("2030-05-07T08:30:00Z").context()))
			.contains(Reason.NOT_APPLICABLE);
	}

	@Test
	void keepsItsOtherConditions() {
		Promotion swedishOnly = PromotionMother.lastMinute("fill-swedish", 4).treatments("swedish").build();

		assertThat(swedishOnly.refusal(freed().bookedAt("2030-05-07T07:30:00Z").context()))
			.contains(Reason.NOT_APPLICABLE);
		assertThat(swedishOnly.refusal(freed().treatment("swedish").bookedAt("2030-05-07T07:30:00Z").context()))
			.isEmpty();
	}

	@Test
	void anAutomaticLastMinutePromotionDoesNotAskForFreedTime() {
		Promotion automatic = PromotionMother.automatic("late-4h").lastMinute(4).build();

		assertThat(automatic
			.refusal(booking().startingAt(START, "Europe/Warsaw").bookedAt("2030-05-07T07:30:00Z").context()))
			.isEmpty();
	}

	@Test
	void appliesWithoutACodeAsAutomaticPromotionsDo() {
		assertThat(Promotion.Kind.LAST_MINUTE.appliesWithoutCode()).isTrue();
		assertThat(Promotion.Kind.AUTOMATIC.appliesWithoutCode()).isTrue();
		assertThat(Promotion.Kind.CODE.appliesWithoutCode()).isFalse();
	}

	private static BookingMother freed() {
		return booking().startingAt(START, "Europe/Warsaw").fillingFreedSlot();
	}

}
