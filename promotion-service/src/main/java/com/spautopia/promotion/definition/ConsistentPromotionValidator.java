package com.spautopia.promotion.definition;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.definition.PromotionRequest.DiscountInput;
import com.spautopia.promotion.definition.PromotionRequest.MoneyInput;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules that span fields: a code promotion has a shared code or unique codes
 * (not both), a last-minute promotion has its hours, a percent discount and a budget, a
 * discount has the value its type needs, the validity window and the time window do not
 * end before they start, a fixed discount and the budget are in the spa's currency and
 * every treatment is one the catalog knows.
 */
class ConsistentPromotionValidator implements ConstraintValidator<ConsistentPromotion, PromotionRequest> {

	private final TreatmentCatalog catalog;

	ConsistentPromotionValidator(TreatmentCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public boolean isValid(@Nullable PromotionRequest request, ConstraintValidatorContext context) {
		if (request == null) {
			return true;
		}
		Violations violations = new Violations(context);
		checkKind(request, violations);
		checkDiscount(request.discount(), violations);
		if (request.limits() != null) {
			checkCurrency(request.limits().budget(), violations, "limits", "budget", "currency");
		}
		if (request.validFrom() != null && request.validUntil() != null
				&& !request.validUntil().isAfter(request.validFrom())) {
			violations.add("must be after validFrom", "validUntil");
		}
		if (request.conditions() != null) {
			var conditions = request.conditions();
			if (conditions.startsFrom() != null && conditions.startsFrom().equals(conditions.startsBefore())) {
				violations.add("must differ from startsFrom", "conditions", "startsBefore");
			}
			checkTreatments(conditions.treatmentIds(), violations);
		}
		return violations.none();
	}

	private void checkKind(PromotionRequest request, Violations violations) {
		if (request.kind() != null && request.kind().appliesWithoutCode()) {
			if (request.code() != null) {
				violations.add("must be empty for a promotion without a code", "code");
			}
			if (request.isUniqueCodes()) {
				violations.add("must be false for a promotion without a code", "uniqueCodes");
			}
			if (request.kind() == Promotion.Kind.LAST_MINUTE) {
				checkLastMinute(request, violations);
			}
		}
		else if (request.kind() == Promotion.Kind.CODE && (request.code() == null) != request.isUniqueCodes()) {
			violations.add("a code promotion needs either a shared code or unique codes", "code");
		}
	}

	// "freed slots within N hours of the start get X % off, within a budget"
	private void checkLastMinute(PromotionRequest request, Violations violations) {
		if (request.conditions() == null || request.conditions().lastMinuteHours() == null) {
			violations.add("is required for a last-minute promotion", "conditions", "lastMinuteHours");
		}
		if (request.discount() != null && request.discount().type() == Discount.Type.FIXED) {
			violations.add("must be a percent discount for a last-minute promotion", "discount", "type");
		}
		if (request.limits() == null || request.limits().budget() == null) {
			violations.add("is required for a last-minute promotion", "limits", "budget", "amount");
		}
	}

	private void checkDiscount(@Nullable DiscountInput discount, Violations violations) {
		if (discount == null || discount.type() == null) {
			return;
		}
		if (discount.type() == Discount.Type.PERCENT && discount.percent() == null) {
			violations.add("is required for a percent discount", "discount", "percent");
		}
		if (discount.type() == Discount.Type.FIXED) {
			if (discount.amount() == null) {
				violations.add("is required for a fixed discount", "discount", "amount");
			}
			else {
				checkCurrency(discount.amount(), violations, "discount", "amount", "currency");
			}
		}
	}

	// a discount or budget in another currency than the list prices would never apply
	private void checkCurrency(@Nullable MoneyInput money, Violations violations, String... path) {
		String currency = this.catalog.currency();
		if (money != null && money.currency() != null && !currency.equals(money.currency())) {
			violations.add("must be " + currency + ", the spa's currency", path);
		}
	}

	private void checkTreatments(@Nullable Set<String> treatmentIds, Violations violations) {
		if (treatmentIds == null || treatmentIds.isEmpty()) {
			return;
		}
		// a null id is reported by its own constraint
		List<String> unknown = treatmentIds.stream()
			.filter((id) -> id != null && !this.catalog.isKnown(id))
			.sorted()
			.toList();
		if (!unknown.isEmpty()) {
			violations.add(
					"unknown treatment " + String.join(", ", unknown) + " (known: "
							+ String.join(", ", new TreeSet<>(this.catalog.treatmentIds())) + ")",
					"conditions", "treatmentIds");
		}
	}

	private static final class Violations {

		private final ConstraintValidatorContext context;

		private boolean found;

		Violations(ConstraintValidatorContext context) {
			this.context = context;
			context.disableDefaultConstraintViolation();
		}

		void add(String message, String... path) {
			var builder = this.context.buildConstraintViolationWithTemplate(escape(message));
			var node = builder.addPropertyNode(path[0]);
			for (int i = 1; i < path.length; i++) {
				node = node.addPropertyNode(path[i]);
			}
			node.addConstraintViolation();
			this.found = true;
		}

		boolean none() {
			return !this.found;
		}

		private static String escape(String message) {
			return message.replace("{", "\\{").replace("$", "\\$");
		}

	}

}
