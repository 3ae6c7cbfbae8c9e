package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.AudienceCriteria;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as marketing creates it.
 *
 * @param name the campaign's name
 * @param audience who it is for
 * @param promotionId the promotion offered
 * @param channels SMS, email or both
 * @param message the offer's text (1,600 characters at most, an SMS's limit)
 * @param sendAt when to send; none means at launch
 * @param offerValidUntil when the offers end; none means when the promotion ends
 * @param variants two message variants for an A/B test (then {@code message} is variant
 * A's default and may be left out), or none
 * @param holdOutPercent the share of the audience (0 to 50) that gets nothing, to measure
 * the campaign's incremental effect
 */
record CampaignRequest(@NotBlank @Size(max = 100) String name, @NotNull @Valid AudienceInput audience,
		@NotBlank @Size(max = 100) String promotionId, @NotEmpty Set<@NotNull Channel> channels,
		@Nullable @Size(max = 1600) String message, @Nullable Instant sendAt, @Nullable Instant offerValidUntil,
		@Nullable @Size(min = 2, max = 2, message = "must be two variants") List<@Valid VariantInput> variants,
		@Nullable @Min(0) @Max(50) Integer holdOutPercent) {

	List<Campaign.Variant> toVariants() {
		return (this.variants != null) ? this.variants.stream()
			.map((variant) -> new Campaign.Variant(variant.name(), variant.message()))
			.toList() : List.of();
	}

	/**
	 * A message variant as entered.
	 *
	 * @param name its name, such as A or B
	 * @param message its text
	 */
	record VariantInput(@NotBlank @Size(max = 20) String name, @NotBlank @Size(max = 1600) String message) {
	}

	/**
	 * An audience as entered.
	 *
	 * @param treatmentIds clients who had one of these treatments
	 * @param noVisitForDays clients with no visit in this many days
	 * @param minimumVisits clients with at least this many visits
	 * @param tags clients with one of these tags
	 */
	record AudienceInput(@Nullable @Size(max = 100) Set<@NotNull @Size(max = 100) String> treatmentIds,
			@Nullable @Positive Integer noVisitForDays, @Nullable @PositiveOrZero Integer minimumVisits,
			@Nullable @Size(max = 100) Set<@NotNull @Size(max = 100) String> tags) {

		AudienceCriteria toCriteria() {
			return new AudienceCriteria((this.treatmentIds != null) ? this.treatmentIds : Set.of(), this.noVisitForDays,
					this.minimumVisits, (this.tags != null) ? this.tags : Set.of());
		}

	}

}
