package com.spautopia.promotion.fill;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.promotion.fill.FillWeeks.WeekFigures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FillWeeksTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Test
	void endsWithTheWeekOfTheDayGivenFromMondayMidnightInTheSpasZone() {
		// Wednesday 6 March 2030; Warsaw is UTC+1 in winter
		FillWeeks weeks = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-06"), 2);

		assertThat(weeks.firstMonday()).isEqualTo(LocalDate.parse("2030-02-25"));
		assertThat(weeks.from()).isEqualTo(Instant.parse("2030-02-24T23:00:00Z"));
		assertThat(weeks.until()).isEqualTo(Instant.parse("2030-03-10T23:00:00Z"));
	}

	@Test
	void spansTheChangeToSummerTime() {
		// the week of Sunday 31 March 2030, when Warsaw moves to UTC+2
		FillWeeks weeks = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-31"), 1);

		assertThat(weeks.from()).isEqualTo(Instant.parse("2030-03-24T23:00:00Z"));
		assertThat(weeks.until()).isEqualTo(Instant.parse("2030-03-31T22:00:00Z"));
	}

	@Test
	void putsASlotInTheWeekItWasFreedInTheSpasZone() {
		FillWeeks weeks = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-11"), 2);
		// Sunday 23:30 UTC is already Monday 00:30 in Warsaw: the second week
		FreedSlot mondayInWarsaw = freed("a", "2030-03-10T23:30:00Z");
		FreedSlot sundayInWarsaw = freed("b", "2030-03-10T22:30:00Z");

		List<WeekFigures> figures = weeks.figures(List.of(mondayInWarsaw, sundayInWarsaw), "PLN");

		assertThat(figures).extracting(WeekFigures::week).containsExactly("2030-W10", "2030-W11");
		assertThat(figures).extracting(WeekFigures::slotsFreed).containsExactly(1, 1);
	}

	@Test
	void labelsWeeksByTheIsoWeekBasedYear() {
		// Monday 30 December 2030 starts week 1 of 2031
		assertThat(FillWeeks.label(LocalDate.parse("2030-12-30"))).isEqualTo("2031-W01");
		assertThat(FillWeeks.label(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
	}

	@Test
	void countsFillsTimesToFillAndRevenueOfFillingsNotCancelled() {
		FillWeeks week = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-06"), 1);
		List<FreedSlot> slots = List.of(filled("a", "2030-03-05T09:00:00Z", "2030-03-05T09:10:00Z", "182.00", false),
				filled("b", "2030-03-05T10:00:00Z", "2030-03-05T10:30:00Z", "260.00", false),
				filled("c", "2030-03-06T10:00:00Z", "2030-03-06T12:00:00Z", "260.00", true),
				freed("d", "2030-03-07T10:00:00Z"));

		WeekFigures figures = week.figures(slots, "PLN").getFirst();

		assertThat(figures.week()).isEqualTo("2030-W10");
		assertThat(figures.monday()).isEqualTo(LocalDate.parse("2030-03-04"));
		assertThat(figures.slotsFreed()).isEqualTo(4);
		assertThat(figures.slotsFilled()).isEqualTo(3);
		assertThat(figures.fillRate()).isEqualByComparingTo("0.75");
		assertThat(figures.medianSecondsToFill()).isEqualTo(1800);
		assertThat(figures.p90SecondsToFill()).isEqualTo(7200);
		assertThat(figures.revenueRecovered()).isEqualTo(Money.of("442.00", "PLN"));
	}

	@Test
	void reportsAWeekWithoutFreedSlotsWithoutRateOrTimes() {
		WeekFigures figures = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-06"), 1)
			.figures(List.of(), "PLN")
			.getFirst();

		assertThat(figures.slotsFreed()).isZero();
		assertThat(figures.fillRate()).isNull();
		assertThat(figures.medianSecondsToFill()).isNull();
		assertThat(figures.revenueRecovered()).isEqualTo(new Money(new BigDecimal("0.00"), "PLN"));
	}

	@Test
	void ignoresAFillingWhoseFreeingIsNotKnownYet() {
		FreedSlot fillingOnly = new FreedSlot("e", null, null, "bkg-f", Instant.parse("2030-03-05T09:10:00Z"),
				Money.of("260.00", "PLN"), false);

		WeekFigures figures = FillWeeks.ending(WARSAW, LocalDate.parse("2030-03-06"), 1)
			.figures(List.of(fillingOnly), "PLN")
			.getFirst();

		assertThat(figures.slotsFreed()).isZero();
		assertThat(figures.slotsFilled()).isZero();
	}

	@Test
	void neverCountsATimeToFillBelowZero() {
		FreedSlot filledFirst = filled("f", "2030-03-05T09:00:00Z", "2030-03-05T08:59:59Z", "260.00", false);

		assertThat(filledFirst.timeToFill()).isZero();
	}

	private static FreedSlot freed(String id, String freedAt) {
		return new FreedSlot(id, Instant.parse(freedAt), SlotFreed.Reason.CANCELLED, null, null, null, false);
	}

	private static FreedSlot filled(String id, String freedAt, String filledAt, @Nullable String price,
			boolean cancelled) {
		return new FreedSlot(id, Instant.parse(freedAt), SlotFreed.Reason.CANCELLED, "bkg-" + id,
				Instant.parse(filledAt), (price != null) ? Money.of(price, "PLN") : null, cancelled);
	}

}
