package com.spautopia.localstack.chaos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.localstack.chaos.PromiseChecks.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChaosReportTest {

	private static final Finding NONE = new Finding(0, List.of());

	@Test
	void aRunWhereEveryPromiseHeldPassesAndSaysSoInItsLastLine() {
		ChaosReport report = report(NONE, 3, Map.of("kafka", 42L));

		assertThat(report.passed()).isTrue();
		assertThat(report.summaryLine()).isEqualTo(
				"CHAOS lost=0 duplicated=0 overlaps=0 sms_duplicates=0 stale=0 over_redemptions=0 gaps=0 recovered_s=42");
		assertThat(report.table()).contains("| every accepted booking confirmed, exactly once | lost 0, duplicated 0 |")
			.contains("| the poison messages in dead-letter topics, nothing else | 3 of 3 expected, 0 other |")
			.contains("kafka 42 s");
	}

	@Test
	void aLostBookingAMissingPoisonMessageOrANeverRecoveredFaultFailsTheRun() {
		assertThat(report(new Finding(1, List.of("b1")), 3, Map.of()).failures()).containsExactly("lost=1 [b1]");
		assertThat(report(NONE, 2, Map.of()).passed()).isFalse();
		Map<String, Long> recovery = new LinkedHashMap<>();
		recovery.put("kafka", 12L);
		recovery.put("mongo", -1L);
		ChaosReport never = report(NONE, 3, recovery);
		assertThat(never.passed()).isFalse();
		assertThat(never.summaryLine()).endsWith("recovered_s=never");
	}

	private static ChaosReport report(Finding lost, int poisonFound, Map<String, Long> recovery) {
		return new ChaosReport(lost, NONE, NONE, NONE, NONE, NONE, NONE, NONE, 3, new Finding(poisonFound, List.of()),
				NONE, recovery);
	}

}
