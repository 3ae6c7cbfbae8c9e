package com.spautopia.promotion.definition;

import java.time.DayOfWeek;

import com.spautopia.promotion.fixtures.PromotionMother;
import org.junit.jupiter.api.Test;

import static com.spautopia.promotion.fixtures.BookingMother.booking;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTests {

	private final Conditions offPeak = PromotionMother.automatic("off-peak")
		.days(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
		.startingBetween("10:00", "15:00")
		.build()
		.conditions();

	@Test
	void readsTimeWindowInTheSpasZoneWhateverOffsetTheStartCarries() {
		// 08:30 UTC is 10:30 in Warsaw (summer time) but 09:30 in London
		assertThat(this.offPeak.matches(booking().startingAt("2030-05-07T08:30:00Z", "Europe/Warsaw").context()))
			.isTrue();
		assertThat(this.offPeak.matches(booking().startingAt("2030-05-07T08:30:00Z", "Europe/London").context()))
			.isFalse();
	}

	@Test
	void followsDaylightSavingTime() {
		// In January Warsaw is UTC+1: 09:30 UTC is 10:30 local, 08:30 UTC is 09:30 local
		assertThat(this.offPeak.matches(booking().startingAt("2030-01-08T09:30:00Z", "Europe/Warsaw").context()))
			.isTrue();
		assertThat(this.offPeak.matches(booking().startingAt("2030-01-08T08:30:00Z", "Europe/Warsaw").context()))
			.isFalse();
	}

	@Test
	void excludesAppointmentStartingAtTheWindowsEnd() {
		assertThat(this.offPeak.matches(booking().startingAt("2030-05-07T14:59:00+02:00", "Europe/Warsaw").context()))
			.isTrue();
		assertThat(this.offPeak.matches(booking().startingAt("2030-05-07T15:00:00+02:00", "Europe/Warsaw").context()))
			.isFalse();
	}

	@Test
	void takesTheDayOfWeekInTheSpasZone() {
		Conditions tuesdays = PromotionMother.automatic("tuesdays").days(DayOfWeek.TUESDAY).build().conditions();

		// Monday 22:30 UTC is Tuesday 00:30 in Warsaw
		assertThat(tuesdays.matches(booking().startingAt("2030-05-06T22:30:00Z", "Europe/Warsaw").context())).isTrue();
		assertThat(tuesdays.matches(booking().startingAt("2030-05-06T22:30:00Z", "UTC").context())).isFalse();
	}

	@Test
	void supportsWindowsThatRunPastMidnight() {
		Conditions lateNight = PromotionMother.automatic("late").startingBetween("20:00", "02:00").build().conditions();

		assertThat(lateNight.matches(booking().startingAt("2030-05-07T21:00:00+02:00", "Europe/Warsaw").context()))
			.isTrue();
		assertThat(lateNight.matches(booking().startingAt("2030-05-08T01:00:00+02:00", "Europe/Warsaw").context()))
			.isTrue();
		assertThat(lateNight.matches(booking().startingAt("2030-05-07T12:00:00+02:00", "Europe/Warsaw").context()))
			.isFalse();
	}

	@Test
	void appliesLastMinuteOnlyWhenBookedWithinTheNotice() {
		Conditions lastMinute = PromotionMother.automatic("last-minute").lastMinute(4).build().conditions();

		assertThat(lastMinute.matches(booking().startingAt("2030-05-07T12:00:00Z", "Europe/Warsaw")
			.bookedAt("2030-05-07T08:00:00Z")
			.context())).isTrue();
		assertThat(lastMinute.matches(booking().startingAt("2030-05-07T12:00:00Z", "Europe/Warsaw")
			.bookedAt("2030-05-07T07:59:00Z")
			.context())).isFalse();
	}

	@Test
	void appliesFirstVisitOnlyToClientsWithoutCompletedVisits() {
		Conditions firstVisit = PromotionMother.automatic("welcome").firstVisitOnly().build().conditions();

		assertThat(firstVisit.matches(booking().client("client-new", 0).context())).isTrue();
		assertThat(firstVisit.matches(booking().client("client-regular", 1).context())).isFalse();
	}

	@Test
	void matchesClientTagsTreatmentsAndMinimumVisits() {
		Conditions deskWorkers = PromotionMother.automatic("desk")
			.treatments("back-pain-desk-workers", "posture")
			.tags("desk-worker")
			.minimumVisits(3)
			.build()
			.conditions();

		assertThat(deskWorkers.matches(booking().treatment("posture").client("c", 3, "desk-worker", "vip").context()))
			.isTrue();
		assertThat(deskWorkers.matches(booking().treatment("posture").client("c", 2, "desk-worker").context()))
			.isFalse();
		assertThat(deskWorkers.matches(booking().treatment("posture").client("c", 5, "runner").context())).isFalse();
		assertThat(deskWorkers.matches(booking().treatment("swedish").client("c", 5, "desk-worker").context()))
			.isFalse();
	}

}
