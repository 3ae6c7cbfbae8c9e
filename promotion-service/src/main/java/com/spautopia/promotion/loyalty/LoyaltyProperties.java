package com.spautopia.promotion.loyalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import com.spautopia.events.Channel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The loyalty reward: after every Nth completed visit the client gets an offer of the
 * built-in reward promotion, with a code of their own.
 *
 * @param enabled whether rewards are issued
 * @param everyNthVisit N
 * @param rewardPercent the reward's discount
 * @param validFor how long a reward lasts
 * @param channels the channels to send it through, where the client consented
 * @param message the offer's text; {@code {visits}} is replaced by the visit count
 */
@Validated
@ConfigurationProperties("spa.loyalty")
record LoyaltyProperties(boolean enabled, @Positive int everyNthVisit,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal rewardPercent,
		@NotNull Duration validFor, @NotEmpty Set<Channel> channels, @NotBlank String message) {
}
