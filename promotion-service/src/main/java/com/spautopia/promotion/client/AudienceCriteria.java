package com.spautopia.promotion.client;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which clients a campaign reaches, besides their consent. Empty or missing values do not
 * restrict.
 *
 * @param treatmentIds clients who completed a visit for one of these treatments
 * @param noVisitForDays clients with no completed visit in this many days
 * @param minimumVisits clients with at least this many completed visits
 * @param tags clients with one of these tags
 */
public record AudienceCriteria(Set<String> treatmentIds, @Nullable Integer noVisitForDays,
		@Nullable Integer minimumVisits, Set<String> tags) {

	public AudienceCriteria {
		treatmentIds = (treatmentIds != null) ? Set.copyOf(treatmentIds) : Set.of();
		tags = (tags != null) ? Set.copyOf(tags) : Set.of();
	}

}
