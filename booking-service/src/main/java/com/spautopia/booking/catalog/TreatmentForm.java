package com.spautopia.booking.catalog;

import java.math.BigDecimal;

import com.spautopia.events.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A treatment as staff enter it.
 *
 * @param name the display name
 * @param description what the client gets
 * @param durationMinutes how long it takes, 10 to 240 minutes
 * @param price the list price, not negative
 * @param currency the ISO 4217 currency
 * @param specialization what the therapist must be qualified for
 * @param roomKind the kind of room it is given in (a double room makes it a couples
 * treatment); none for the usual one: a kids room for a kids treatment, else a single one
 */
record TreatmentForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 1000) String description,
		@Min(10) @Max(240) int durationMinutes,
		@NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal price,
		@NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull Specialization specialization,
		@Nullable RoomKind roomKind) {

	Treatment toTreatment(String id) {
		return new Treatment(id, this.name.strip(), this.description.strip(), this.durationMinutes,
				new Money(this.price, this.currency), this.specialization, this.roomKind);
	}

}
