package com.spautopia.promotion.definition;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

import com.spautopia.events.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A promotion as marketing creates or updates it. Field rules are annotations; rules
 * across fields (and known treatments) are checked by {@link ConsistentPromotion}.
 *
 * @param name the display name
 * @param description a note for marketing
 * @param kind automatic or code
 * @param code the shared code, for code promotions without unique codes
 * @param uniqueCodes whether each client gets a code of their own with an offer
 * @param discount the discount
 * @param conditions when it applies; none means always
 * @param validFrom bookings made from this instant on qualify
 * @param validUntil bookings made from this instant on no longer qualify
 * @param limits redemption limits; none means unlimited
 * @param stacking exclusive (the default) or stackable
 */
@ConsistentPromotion
record PromotionRequest(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 1000) String description,
		@NotNull Promotion.Kind kind,
		@Nullable @Pattern(regexp = "[A-Za-z0-9-]{3,32}",
				message = "must be 3 to 32 letters, digits or dashes") String code,
		@Nullable Boolean uniqueCodes, @NotNull @Valid DiscountInput discount,
		@Nullable @Valid ConditionsInput conditions, @NotNull Instant validFrom, @Nullable Instant validUntil,
		@Nullable @Valid LimitsInput limits, Promotion.@Nullable Stacking stacking) {

	boolean isUniqueCodes() {
		return Boolean.TRUE.equals(this.uniqueCodes);
	}

	Promotion toPromotion(String id, Promotion.Status status, Instant createdAt, Instant now, @Nullable Long version) {
		String sharedCode = (this.code != null) ? this.code.toUpperCase(Locale.ROOT) : null;
		Conditions rules = (this.conditions != null) ? this.conditions.toConditions() : Conditions.none();
		Limits caps = (this.limits != null) ? this.limits.toLimits() : Limits.none();
		return new Promotion(id, this.name.strip(), this.description, this.kind, sharedCode, isUniqueCodes(),
				this.discount.toDiscount(), rules, this.validFrom, this.validUntil, caps,
				(this.stacking != null) ? this.stacking : Promotion.Stacking.EXCLUSIVE, status, createdAt, now,
				version);
	}

	/**
	 * A discount as entered.
	 *
	 * @param type percent or fixed
	 * @param percent the percentage, for percent discounts
	 * @param amount the amount, for fixed discounts
	 */
	record DiscountInput(@NotNull Discount.Type type,
			@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal percent,
			@Nullable @Valid MoneyInput amount) {

		Discount toDiscount() {
			return new Discount(this.type, this.percent, (this.amount != null) ? this.amount.toMoney() : null);
		}

	}

	/**
	 * An amount of money as entered.
	 *
	 * @param amount the amount, zero or more
	 * @param currency the ISO 4217 code
	 */
	record MoneyInput(@NotNull @PositiveOrZero BigDecimal amount,
			@NotNull @Pattern(regexp = "PLN|EUR|USD|GBP|CHF|CZK|SEK|NOK|DKK",
					message = "must be a supported ISO 4217 currency") String currency) {

		Money toMoney() {
			return new Money(this.amount, this.currency);
		}

	}

	/**
	 * Conditions as entered.
	 *
	 * @param treatmentIds the treatments it applies to
	 * @param days the days of the week
	 * @param startsFrom earliest local start time
	 * @param startsBefore latest local start time (exclusive)
	 * @param firstVisitOnly only for first visits
	 * @param lastMinuteHours only when booked at most this many hours ahead
	 * @param clientTags only for clients with one of these tags
	 * @param minimumVisits only for clients with this many completed visits
	 */
	record ConditionsInput(@Nullable @Size(max = 100) Set<@NotNull @Size(max = 100) String> treatmentIds,
			@Nullable Set<@NotNull DayOfWeek> days, @Nullable LocalTime startsFrom, @Nullable LocalTime startsBefore,
			@Nullable Boolean firstVisitOnly, @Nullable @Positive Integer lastMinuteHours,
			@Nullable @Size(max = 100) Set<@NotNull @Size(max = 100) String> clientTags,
			@Nullable @PositiveOrZero Integer minimumVisits) {

		Conditions toConditions() {
			return new Conditions(orEmpty(this.treatmentIds), orEmpty(this.days), this.startsFrom, this.startsBefore,
					Boolean.TRUE.equals(this.firstVisitOnly), this.lastMinuteHours, orEmpty(this.clientTags),
					this.minimumVisits);
		}

		private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
			return (values != null) ? values : Set.of();
		}

	}

	/**
	 * Limits as entered.
	 *
	 * @param totalRedemptions bookings in all
	 * @param perClient bookings per client
	 * @param budget the total discount it may give
	 */
	record LimitsInput(@Nullable @Positive Integer totalRedemptions, @Nullable @Positive Integer perClient,
			@Nullable @Valid MoneyInput budget) {

		Limits toLimits() {
			return new Limits(this.totalRedemptions, this.perClient,
					(this.budget != null) ? this.budget.toMoney() : null);
		}

	}

}
