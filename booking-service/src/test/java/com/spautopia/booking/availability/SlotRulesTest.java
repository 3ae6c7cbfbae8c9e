package com.spautopia.booking.availability;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.spautopia.booking.catalog.Specialization;
import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.catalog.WorkingHours;
import com.spautopia.booking.catalog.WorkingHours.TimeRange;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.spa.DayHours;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.events.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotRulesTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	// Tuesday 1 December 2026
	private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

	private static final Instant WEEK_BEFORE = Instant.parse("2026-11-24T08:00:00Z");

	private static final Treatment BACK_PAIN = new Treatment("back-pain-desk-workers",
			"Back Pain Massage for Desk Workers", "", 50, Money.of("220", "PLN"), Specialization.BACK_PAIN);

	private final SlotRules rules = new SlotRules(
			spa(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(20, 0)));

	@Test
	void offersStartsOnTheGridWithinWorkingHoursMissingTheBreak() {
		List<Slot> slots = this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, List.of(), WEEK_BEFORE);

		assertThat(slots).extracting((slot) -> slot.start().toLocalTime().toString())
			.startsWith("09:00", "09:15", "09:30")
			// the lunch break is 13:00-13:30: a 50-minute massage must end by 13:00 or
			// start at 13:30
			.contains("12:00", "13:30")
			.doesNotContain("12:15", "12:30", "12:45", "13:00", "13:15")
			// work ends at 17:00
			.endsWith("16:00");
		assertThat(slots.get(0).start()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00:00+01:00"));
		assertThat(slots.get(0).end()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:50:00+01:00"));
	}

	@Test
	void keepsTheCleanupBufferAfterAndBeforeHeldTime() {
		Reservation heldAtTen = new Reservation("other", Instant.parse("2026-12-01T09:00:00Z"),
				Instant.parse("2026-12-01T10:00:00Z"));

		List<String> starts = this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, List.of(heldAtTen), WEEK_BEFORE)
			.stream()
			.map((slot) -> slot.start().toLocalTime().toString())
			.toList();

		// held 10:00-11:00 local (buffer included); 09:00 + 50 min + 10 min buffer ends
		// at 10:00
		assertThat(starts).contains("09:00", "11:00").doesNotContain("09:15", "10:00", "10:45");
	}

	@Test
	void respectsMinimumNoticeAndHorizon() {
		Instant tuesdayAtTenLocal = Instant.parse("2026-12-01T09:00:00Z");

		assertThat(this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, List.of(), tuesdayAtTenLocal)).first()
			.satisfies((slot) -> assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(12, 0)));
		assertThat(this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, List.of(),
				TUESDAY.minusDays(61).atStartOfDay(WARSAW).toInstant()))
			.isEmpty();
	}

	@Test
	void offersNothingOnDaysOffClosedDaysOrToUnqualifiedTherapists() {
		Therapist onHoliday = new Therapist("maria", "Maria", Set.of(Specialization.BACK_PAIN), maria().weeklyHours(),
				Set.of(TUESDAY));
		Therapist kidsOnly = new Therapist("ewa", "Ewa", Set.of(Specialization.KIDS), maria().weeklyHours(), Set.of());
		LocalDate sunday = LocalDate.of(2026, 12, 6);

		assertThat(this.rules.freeSlots(BACK_PAIN, onHoliday, TUESDAY, List.of(), WEEK_BEFORE)).isEmpty();
		assertThat(this.rules.freeSlots(BACK_PAIN, kidsOnly, TUESDAY, List.of(), WEEK_BEFORE)).isEmpty();
		assertThat(this.rules.freeSlots(BACK_PAIN, maria(), sunday, List.of(), WEEK_BEFORE)).isEmpty();
	}

	@Test
	void specialHoursReplaceTheSpasHoursAndAClosedDayOffersNothing() {
		DayHours shortDay = new DayHours(LocalTime.of(10, 0), LocalTime.of(12, 0));

		List<String> starts = this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, shortDay, List.of(), WEEK_BEFORE)
			.stream()
			.map((slot) -> slot.start().toLocalTime().toString())
			.toList();

		// Maria works from 09:00, the spa opens at 10:00; a 50-minute massage must end by
		// 12:00
		assertThat(starts).containsExactly("10:00", "10:15", "10:30", "10:45", "11:00");
		assertThat(this.rules.freeSlots(BACK_PAIN, maria(), TUESDAY, null, List.of(), WEEK_BEFORE)).isEmpty();
	}

	@Test
	void aRoomIsFreeWhenNothingHeldOverlapsTheAppointmentAndItsCleanup() {
		Instant tenLocal = Instant.parse("2026-12-01T09:00:00Z");
		// held 09:00-10:00 local
		List<Reservation> heldUntilTen = List.of(new Reservation("other", tenLocal.minusSeconds(3600), tenLocal));

		assertThat(this.rules.isFree(heldUntilTen, tenLocal, Duration.ofMinutes(50))).isTrue();
		// 08:05 local ends at 08:55, but its cleanup runs to 09:05
		assertThat(this.rules.isFree(heldUntilTen, tenLocal.minus(Duration.ofMinutes(115)), Duration.ofMinutes(50)))
			.isFalse();
		assertThat(this.rules.isFree(heldUntilTen, tenLocal.minus(Duration.ofMinutes(120)), Duration.ofMinutes(50)))
			.isTrue();
		assertThat(this.rules.isFree(List.of(), tenLocal, Duration.ofMinutes(50))).isTrue();
	}

	@Test
	void neverOffersALocalTimeThatDaylightSavingSkips() {
		// 29 March 2026: clocks in Warsaw jump from 02:00 to 03:00
		LocalDate springForward = LocalDate.of(2026, 3, 29);
		SlotRules nightSpa = new SlotRules(
				spa(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
		Therapist nightShift = new Therapist("night", "Night", Set.of(Specialization.BACK_PAIN),
				List.of(new WorkingHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0), List.of())),
				Set.of());

		List<Slot> slots = nightSpa.freeSlots(BACK_PAIN, nightShift, springForward, List.of(),
				Instant.parse("2026-03-20T00:00:00Z"));

		assertThat(slots).extracting((slot) -> slot.start().toLocalTime().toString())
			.contains("01:00", "03:00")
			.doesNotContain("02:00", "02:15", "02:30", "02:45");
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalTime().equals(LocalTime.of(1, 0)))
			.singleElement()
			.satisfies((slot) -> {
				assertThat(slot.start().getOffset().getTotalSeconds()).isEqualTo(3600);
				assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(50));
			});
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalTime().equals(LocalTime.of(3, 0)))
			.singleElement()
			.satisfies((slot) -> assertThat(slot.start().getOffset().getTotalSeconds()).isEqualTo(7200));
	}

	@Test
	void offersEachLocalStartOnceWhenDaylightSavingRepeatsAnHour() {
		// 25 October 2026: clocks in Warsaw go back from 03:00 CEST to 02:00 CET, so
		// 02:00-03:00 happens twice
		LocalDate fallBack = LocalDate.of(2026, 10, 25);
		SlotRules nightSpa = new SlotRules(
				spa(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
		Therapist nightShift = new Therapist("night", "Night", Set.of(Specialization.BACK_PAIN),
				List.of(new WorkingHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0), List.of())),
				Set.of());
		Instant weekBefore = Instant.parse("2026-10-18T00:00:00Z");

		List<Slot> slots = nightSpa.freeSlots(BACK_PAIN, nightShift, fallBack, List.of(), weekBefore);

		// every local start once, on the 15-minute grid, in the order they happen
		assertThat(slots).extracting((slot) -> slot.start().toLocalTime().toString())
			.doesNotHaveDuplicates()
			.containsSequence("01:45", "02:00", "02:15", "02:30", "02:45", "03:00")
			.endsWith("04:00");
		assertThat(slots).extracting((slot) -> slot.start().toInstant()).isSorted();
		// the repeated hour's starts are its first pass, still in summer time; from 03:00
		// it is winter time
		assertThat(slots).filteredOn((slot) -> slot.start().getHour() == 2)
			.allSatisfy((slot) -> assertThat(slot.start().getOffset().getTotalSeconds()).isEqualTo(7200));
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalTime().equals(LocalTime.of(3, 0)))
			.singleElement()
			.satisfies((slot) -> assertThat(slot.start().getOffset().getTotalSeconds()).isEqualTo(3600));
		// every appointment lasts its 50 real minutes, also across the change: 02:30 CEST
		// ends at 02:20 CET
		assertThat(slots).allSatisfy(
				(slot) -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(50)));
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalTime().equals(LocalTime.of(2, 30)))
			.singleElement()
			.satisfies((slot) -> assertThat(slot.end()).isEqualTo(OffsetDateTime.parse("2026-10-25T02:20:00+01:00")));
	}

	@Test
	void timeHeldInTheRepeatedHourBlocksOnlyTheStartsThatOverlapItInRealTime() {
		LocalDate fallBack = LocalDate.of(2026, 10, 25);
		SlotRules nightSpa = new SlotRules(
				spa(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
		Therapist nightShift = new Therapist("night", "Night", Set.of(Specialization.BACK_PAIN),
				List.of(new WorkingHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0), List.of())),
				Set.of());
		// held during the second pass of 02:00-03:00 (winter time): 01:00-02:00 UTC
		Reservation secondPass = new Reservation("other", OffsetDateTime.parse("2026-10-25T02:00:00+01:00").toInstant(),
				OffsetDateTime.parse("2026-10-25T03:00:00+01:00").toInstant());

		List<String> starts = nightSpa
			.freeSlots(BACK_PAIN, nightShift, fallBack, List.of(secondPass), Instant.parse("2026-10-18T00:00:00Z"))
			.stream()
			.map((slot) -> slot.start().toString())
			.toList();

		// the first pass of the hour (summer time) ends before the held time starts, in
		// real time
		assertThat(starts).contains("2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T03:00+01:00")
			// 02:15 CEST + 50 min + 10 min buffer runs into 02:00 CET
			.doesNotContain("2026-10-25T02:15+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:45+02:00");
	}

	private static Therapist maria() {
		List<WorkingHours> hours = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
			.stream()
			.map((day) -> new WorkingHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0),
					List.of(new TimeRange(LocalTime.of(13, 0), LocalTime.of(13, 30)))))
			.toList();
		return new Therapist("maria-nowak", "Maria Nowak", Set.of(Specialization.BACK_PAIN), hours, Set.of());
	}

	private static SpaProperties spa(Set<DayOfWeek> openDays, LocalTime opens, LocalTime closes) {
		return new SpaProperties(WARSAW, openDays, opens, closes, Duration.ofMinutes(10), Duration.ofHours(2),
				Duration.ofDays(60), Duration.ofMinutes(15), "PL", URI.create("http://localhost/manage"),
				Duration.ofSeconds(10), Set.of());
	}

}
