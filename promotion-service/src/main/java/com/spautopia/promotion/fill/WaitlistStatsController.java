package com.spautopia.promotion.fill;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.fill.FillWeeks.WeekFigures;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How freed time is filled, week by week: marketing's view of the waitlist and the
 * last-minute promotions.
 */
@RestController
@RequestMapping("/api/waitlist/stats")
class WaitlistStatsController {

	private final FreedSlots slots;

	private final TreatmentCatalog catalog;

	private final Clock clock;

	WaitlistStatsController(FreedSlots slots, TreatmentCatalog catalog, Clock clock) {
		this.slots = slots;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The fill figures of recent weeks.
	 * @param weeks how many ISO weeks, 1 to 52
	 * @param until a day of the last week (in the spa's time zone); today if absent
	 * @return the weeks, the earliest first
	 */
	@GetMapping
	FillStats stats(@RequestParam(defaultValue = "8") @Min(1) @Max(52) int weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until) {
		LocalDate lastDay = (until != null) ? until : LocalDate.now(this.clock.withZone(this.catalog.timeZone()));
		FillWeeks range = FillWeeks.ending(this.catalog.timeZone(), lastDay, weeks);
		List<WeekFigures> figures = range.figures(this.slots.freedBetween(range.from(), range.until()),
				this.catalog.currency());
		return new FillStats(this.catalog.timeZone().getId(), this.catalog.currency(), figures);
	}

	/**
	 * The answer.
	 *
	 * @param timeZone the spa's time zone, weeks are read in
	 * @param currency the spa's currency, revenue is in
	 * @param weeks the weeks, the earliest first
	 */
	record FillStats(String timeZone, String currency, List<WeekFigures> weeks) {

	}

}
