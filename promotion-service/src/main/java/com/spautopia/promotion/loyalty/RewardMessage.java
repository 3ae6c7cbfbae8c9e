package com.spautopia.promotion.loyalty;

import java.math.BigDecimal;

/**
 * The loyalty reward's text: {@code {visits}} becomes the visit count and
 * {@code {percent}} the reward's discount, as set.
 */
final class RewardMessage {

	private RewardMessage() {
	}

	static String render(String template, int visits, BigDecimal percent) {
		return template.replace("{visits}", Integer.toString(visits))
			.replace("{percent}", percent.stripTrailingZeros().toPlainString());
	}

}
