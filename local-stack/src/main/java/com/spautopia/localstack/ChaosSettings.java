package com.spautopia.localstack;

import java.time.Duration;
import java.util.List;

/**
 * How much a chaos run does: its clients, the days they book on, the limited promotion's
 * limit, how long each fault lasts and how long the platform may take to recover and
 * settle.
 *
 * @param name the run's name
 * @param clients how many clients book
 * @param arrivals the time their arrivals are spread over
 * @param days how many open days they book on
 * @param promotionLimit the limited promotion's total redemptions
 * @param calm the pause before the first fault and after each recovery
 * @param kafkaDown how long the broker stays dead
 * @param killed the services one instance of which is killed, in turn
 * @param mongoDown how long the MongoDB-compatible server stays stopped
 * @param twilioTrouble how long the 5xx share and the disordered callbacks last
 * @param storm how long the 429 storm and the slow answers last
 * @param recoveryTimeout how long recovery from one fault may take
 * @param settleTimeout how long the platform may take to settle after the traffic
 */
record ChaosSettings(String name, int clients, Duration arrivals, int days, int promotionLimit, Duration calm,
		Duration kafkaDown, List<SpaService> killed, Duration mongoDown, Duration twilioTrouble, Duration storm,
		Duration recoveryTimeout, Duration settleTimeout) {

	/** The run: a few hundred clients, every fault at full length. */
	static final ChaosSettings FULL = new ChaosSettings("full", 200, Duration.ofMinutes(6), 8, 12,
			Duration.ofSeconds(10), Duration.ofSeconds(30),
			List.of(SpaService.BOOKING, SpaService.NOTIFICATION, SpaService.PROMOTION), Duration.ofSeconds(10),
			Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofMinutes(5), Duration.ofMinutes(8));

	/** The build's run: one fault of each kind, shorter, fewer clients. */
	static final ChaosSettings SHORT = new ChaosSettings("short", 30, Duration.ofSeconds(90), 4, 4,
			Duration.ofSeconds(3), Duration.ofSeconds(20), List.of(SpaService.NOTIFICATION), Duration.ofSeconds(10),
			Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofMinutes(4), Duration.ofMinutes(5));

}
