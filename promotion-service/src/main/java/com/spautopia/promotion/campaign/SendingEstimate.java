package com.spautopia.promotion.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * What sending a campaign's SMS costs and how long it takes: the platform hands SMS to
 * Twilio at its rate, Twilio sends segments at the sender's rate and queues the rest, and
 * a message still queued after the queue window fails (error 30001).
 *
 * @param messages SMS to send
 * @param segments segments billed
 * @param pricePerSegment the price of one segment
 * @param cost segments times the price of one
 * @param currency the currency of price and cost
 * @param smsSegmentsPerSecond the sender's rate the time is reckoned at
 * @param sendingSeconds from the first SMS handed over to the last one sent
 * @param sendingTime the same, readable
 * @param queueWindowSeconds how long Twilio keeps a message queued
 * @param finishesWithinQueueWindow whether the last SMS is sent before the window ends
 */
record SendingEstimate(long messages, long segments, BigDecimal pricePerSegment, BigDecimal cost, String currency,
		double smsSegmentsPerSecond, long sendingSeconds, String sendingTime, long queueWindowSeconds,
		boolean finishesWithinQueueWindow) {

	/**
	 * Estimates a campaign's SMS sending.
	 * @param messages SMS to send
	 * @param segments their segments, all together
	 * @param properties the rates, the queue window and the price
	 * @return the estimate
	 */
	static SendingEstimate of(long messages, long segments, PreviewProperties properties) {
		BigDecimal cost = properties.pricePerSegment()
			.multiply(BigDecimal.valueOf(segments))
			.setScale(2, RoundingMode.HALF_UP);
		double handOver = messages / properties.smsPerSecond();
		double sent = segments / properties.smsSegmentsPerSecond();
		long seconds = (long) Math.ceil(Math.max(handOver, sent));
		long window = properties.queueWindow().toSeconds();
		return new SendingEstimate(messages, segments, properties.pricePerSegment(), cost, properties.currency(),
				properties.smsSegmentsPerSecond(), seconds, readable(Duration.ofSeconds(seconds)), window,
				seconds <= window);
	}

	/**
	 * The warning marketing gets when the SMS would not all be sent within the queue
	 * window.
	 * @return the warning, or empty when sending finishes in time
	 */
	Optional<String> warning() {
		if (this.finishesWithinQueueWindow) {
			return Optional.empty();
		}
		return Optional.of("Sending the SMS takes " + this.sendingTime + ", longer than Twilio's "
				+ readable(Duration.ofSeconds(this.queueWindowSeconds))
				+ " queue window: messages still queued then fail (Twilio error 30001). "
				+ "Shorten the message, split the audience or add senders.");
	}

	/**
	 * Writes a duration in hours and minutes, rounded up (seconds when under a minute).
	 * @param duration the duration
	 * @return such as {@code 10 h 25 min}
	 */
	static String readable(Duration duration) {
		if (duration.toMinutes() == 0) {
			return duration.toSeconds() + " s";
		}
		long minutes = duration.toMinutes() + ((duration.toSecondsPart() > 0) ? 1 : 0);
		long hours = minutes / 60;
		return (hours > 0) ? hours + " h " + (minutes % 60) + " min" : minutes + " min";
	}

}
