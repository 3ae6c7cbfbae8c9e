package com.spautopia.promotion.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * ISO weeks (Monday to Sunday) in the spa's time zone, the last of them the week of a
 * given day, and the fill figures of the slots freed in each: a slot belongs to the week
 * it was freed in, with its filling, however much later that came (so a week's fill rate
 * never exceeds 100%).
 *
 * @param zone the spa's time zone
 * @param firstMonday the first week's Monday
 * @param count how many weeks
 */
record FillWeeks(ZoneId zone, LocalDate firstMonday, int count) {

	/**
	 * The weeks ending with the week of a day.
	 * @param zone the spa's time zone
	 * @param lastDay a day of the last week
	 * @param count how many weeks
	 * @return the weeks
	 */
	static FillWeeks ending(ZoneId zone, LocalDate lastDay, int count) {
		LocalDate lastMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new FillWeeks(zone, lastMonday.minusWeeks(count - 1L), count);
	}

	Instant from() {
		return this.firstMonday.atStartOfDay(this.zone).toInstant();
	}

	Instant until() {
		return this.firstMonday.plusWeeks(this.count).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * The figures of each week, the earliest first.
	 * @param slots the slots freed in these weeks (others are ignored)
	 * @param currency the spa's currency, revenue is summed in
	 * @return one entry per week, also for a week without freed slots
	 */
	List<WeekFigures> figures(List<FreedSlot> slots, String currency) {
		Map<LocalDate, List<FreedSlot>> byWeek = new LinkedHashMap<>();
		for (int week = 0; week < this.count; week++) {
			byWeek.put(this.firstMonday.plusWeeks(week), new ArrayList<>());
		}
		for (FreedSlot slot : slots) {
			if (slot.freedAt() != null) {
				LocalDate monday = slot.freedAt()
					.atZone(this.zone)
					.toLocalDate()
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				List<FreedSlot> week = byWeek.get(monday);
				if (week != null) {
					week.add(slot);
				}
			}
		}
		return byWeek.entrySet().stream().map((week) -> figures(week.getKey(), week.getValue(), currency)).toList();
	}

	private static WeekFigures figures(LocalDate monday, List<FreedSlot> slots, String currency) {
		List<Duration> waits = slots.stream().filter(FreedSlot::filled).map(FreedSlot::timeToFill).toList();
		BigDecimal revenue = slots.stream()
			.filter(FreedSlot::recovered)
			.map(FreedSlot::fillingPrice)
			.filter((price) -> price != null && price.currency().equals(currency))
			.map(Money::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		@Nullable BigDecimal rate = slots.isEmpty() ? null
				: BigDecimal.valueOf(waits.size()).divide(BigDecimal.valueOf(slots.size()), 4, RoundingMode.HALF_UP);
		int minorUnits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		return new WeekFigures(label(monday), monday, slots.size(), waits.size(), rate, seconds(waits, 50),
				seconds(waits, 90), new Money(revenue.setScale(minorUnits, RoundingMode.HALF_UP), currency));
	}

	private static @Nullable Long seconds(List<Duration> waits, int percent) {
		return FillPercentiles.of(waits, percent).map(Duration::toSeconds).orElse(null);
	}

	static String label(LocalDate day) {
		return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * One week's figures.
	 *
	 * @param week the ISO week, e.g. {@code 2030-W19}
	 * @param monday its first day
	 * @param slotsFreed slots freed in it
	 * @param slotsFilled of those, the ones a booking filled
	 * @param fillRate filled per freed, 0 to 1; absent when none was freed
	 * @param medianSecondsToFill the median time from freeing to the filling request, in
	 * seconds; absent when none was filled
	 * @param p90SecondsToFill the 90th percentile of that time, in seconds
	 * @param revenueRecovered the final prices of the fillings not cancelled
	 */
	record WeekFigures(String week, LocalDate monday, int slotsFreed, int slotsFilled, @Nullable BigDecimal fillRate,
			@Nullable Long medianSecondsToFill, @Nullable Long p90SecondsToFill, Money revenueRecovered) {

	}

}
