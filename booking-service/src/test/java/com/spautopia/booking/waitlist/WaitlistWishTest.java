package com.spautopia.booking.waitlist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistWishTest {

	private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

	private static final WaitlistWish MORNINGS_WITH_MARIA = new WaitlistWish("back-pain", "maria", MONDAY,
			MONDAY.plusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0));

	@Test
	void takesTheTreatmentOnOneOfItsDaysInsideTheWindow() {
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY.plusDays(1), "09:00", "10:00")).isTrue();
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY.plusDays(2), "11:00", "12:00")).isTrue();
	}

	@Test
	void anotherTreatmentTherapistOrDayWillNotDo() {
		assertThat(wants(MORNINGS_WITH_MARIA, "swedish", "maria", MONDAY, "09:00", "10:00")).isFalse();
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "ewa", MONDAY, "09:00", "10:00")).isFalse();
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY.minusDays(1), "09:00", "10:00")).isFalse();
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY.plusDays(3), "09:00", "10:00")).isFalse();
	}

	@Test
	void theWholeAppointmentMustFitTheWindow() {
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY, "08:30", "09:30")).isFalse();
		assertThat(wants(MORNINGS_WITH_MARIA, "back-pain", "maria", MONDAY, "11:30", "12:30")).isFalse();
	}

	@Test
	void anyTherapistWhenNoneWasAskedForAndEitherOfACouplesPair() {
		WaitlistWish anyone = new WaitlistWish("couples", null, MONDAY, MONDAY, LocalTime.MIN, LocalTime.MAX);
		WaitlistWish withEwa = new WaitlistWish("couples", "ewa", MONDAY, MONDAY, LocalTime.MIN, LocalTime.MAX);
		LocalDateTime start = MONDAY.atTime(14, 0);

		assertThat(anyone.wants("couples", List.of("jan"), start, start.plusHours(1))).isTrue();
		assertThat(withEwa.wants("couples", List.of("maria", "ewa"), start, start.plusHours(1))).isTrue();
	}

	@Test
	void faultsNameTheFieldAtFault() {
		assertThat(new WaitlistWish("t", null, MONDAY, MONDAY.minusDays(1), LocalTime.MIN, LocalTime.MAX)
			.fault(MONDAY.minusDays(5))).hasValueSatisfying((fault) -> assertThat(fault.field()).isEqualTo("to"));
		assertThat(new WaitlistWish("t", null, MONDAY, MONDAY, LocalTime.MIN, LocalTime.MAX).fault(MONDAY.plusDays(1)))
			.as("days past")
			.isPresent();
		assertThat(new WaitlistWish("t", null, MONDAY, MONDAY.plusDays(WaitlistWish.MAX_DAYS), LocalTime.MIN,
				LocalTime.MAX)
			.fault(MONDAY)).as("too many days").isPresent();
		assertThat(new WaitlistWish("t", null, MONDAY, MONDAY, LocalTime.NOON, LocalTime.NOON).fault(MONDAY))
			.hasValueSatisfying((fault) -> assertThat(fault.field()).isEqualTo("latest"));
	}

	@Test
	void aWishOfTodayAndTheLongestRangeCanWait() {
		assertThat(MORNINGS_WITH_MARIA.fault(MONDAY)).isEmpty();
		assertThat(MORNINGS_WITH_MARIA.fault(MONDAY.plusDays(2))).isEmpty();
		assertThat(new WaitlistWish("t", null, MONDAY, MONDAY.plusDays(WaitlistWish.MAX_DAYS - 1), LocalTime.MIN,
				LocalTime.MAX)
			.fault(MONDAY)).isEmpty();
	}

	@Test
	void endsWithItsLastDayInTheSpasZone() {
		assertThat(MORNINGS_WITH_MARIA.endsAt(ZoneId.of("Europe/Warsaw")))
			.isEqualTo(MONDAY.plusDays(3).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant());
	}

	private static boolean wants(WaitlistWish wish, String treatment, String therapist, LocalDate day, String start,
			String end) {
		return wish.wants(treatment, List.of(therapist), day.atTime(LocalTime.parse(start)),
				day.atTime(LocalTime.parse(end)));
	}

}
