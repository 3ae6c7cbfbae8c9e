package com.spautopia.localstack.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.spautopia.localstack.chaos.PromiseChecks.Finding;

/**
 * The verdict of a chaos run: one row per promise, whether each held, and the
 * machine-readable summary line.
 *
 * @param lost accepted bookings never confirmed
 * @param duplicated bookings confirmed twice or made twice for one request
 * @param overlaps overlapping pairs (therapist, room, client)
 * @param smsDuplicates surplus copies of one text to one number
 * @param stale messages after a cancellation
 * @param overRedemptions redemptions beyond the limited promotion's limit
 * @param gaps bookings whose events miss what happened
 * @param outOfOrder bookings whose events are out of order
 * @param poisonExpected poison messages sent
 * @param poisonFound poison messages found in dead-letter topics
 * @param otherDeadLetters other dead-letter records
 * @param recoverySeconds the seconds until consumer lag was 0 again after each fault, by
 * fault, in the order injected; {@code -1} when it never was within the settle time
 */
public record ChaosReport(Finding lost, Finding duplicated, Finding overlaps, Finding smsDuplicates, Finding stale,
		Finding overRedemptions, Finding gaps, Finding outOfOrder, int poisonExpected, Finding poisonFound,
		Finding otherDeadLetters, Map<String, Long> recoverySeconds) {

	public ChaosReport {
		recoverySeconds = new LinkedHashMap<>(recoverySeconds);
	}

	/**
	 * Whether every promise held: nothing lost, repeated, overlapping, stale, over its
	 * limit, missing or out of order; each poison message dead-lettered and nothing else;
	 * the platform recovered from every fault.
	 * @return whether the run passed
	 */
	public boolean passed() {
		return failures().isEmpty();
	}

	/**
	 * The promises that failed, each with what broke it.
	 * @return the failures, empty when the run passed
	 */
	public List<String> failures() {
		List<String> failures = new ArrayList<>();
		check(failures, "lost", this.lost);
		check(failures, "duplicated", this.duplicated);
		check(failures, "overlaps", this.overlaps);
		check(failures, "sms_duplicates", this.smsDuplicates);
		check(failures, "stale", this.stale);
		check(failures, "over_redemptions", this.overRedemptions);
		check(failures, "gaps", this.gaps);
		check(failures, "out_of_order", this.outOfOrder);
		check(failures, "other_dead_letters", this.otherDeadLetters);
		if (this.poisonFound.count() != this.poisonExpected) {
			failures.add("poison messages in dead-letter topics: " + this.poisonFound.count() + " of "
					+ this.poisonExpected);
		}
		this.recoverySeconds.forEach((fault, seconds) -> {
			if (seconds < 0) {
				failures.add("no recovery (consumer lag never back to 0) after " + fault);
			}
		});
		return failures;
	}

	private static void check(List<String> failures, String name, Finding finding) {
		if (finding.count() > 0) {
			failures.add(name + "=" + finding.count() + " " + finding.ids());
		}
	}

	/**
	 * The table, one row per promise.
	 * @return the table in Markdown
	 */
	public String table() {
		String recovery = this.recoverySeconds.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + ((entry.getValue() < 0) ? "never" : entry.getValue() + " s"))
			.collect(Collectors.joining(", "));
		StringBuilder table = new StringBuilder();
		table.append("| promise | measured |\n|---|---|\n");
		row(table, "every accepted booking confirmed, exactly once",
				"lost " + this.lost.count() + ", duplicated " + this.duplicated.count());
		row(table, "therapists never double-booked, clients never in two places", "overlaps " + this.overlaps.count());
		row(table, "each confirmation / change / reminder SMS sent once, none after a cancellation",
				"duplicates " + this.smsDuplicates.count() + ", stale " + this.stale.count());
		row(table, "promotion limits and budgets never exceeded", "over-redemptions " + this.overRedemptions.count());
		row(table, "every event in its topic, in order per booking",
				"gaps " + this.gaps.count() + ", out of order " + this.outOfOrder.count());
		row(table, "the poison messages in dead-letter topics, nothing else", this.poisonFound.count() + " of "
				+ this.poisonExpected + " expected, " + this.otherDeadLetters.count() + " other");
		row(table, "consumer lag back to 0 / recovery time after each fault", recovery.isEmpty() ? "-" : recovery);
		return table.toString();
	}

	private static void row(StringBuilder table, String promise, String measured) {
		table.append("| ").append(promise).append(" | ").append(measured).append(" |\n");
	}

	/**
	 * The last line of a run: {@code CHAOS lost=0 duplicated=0 ... recovered_s=<the
	 * longest recovery>}.
	 * @return the summary line
	 */
	public String summaryLine() {
		long longest = this.recoverySeconds.values().stream().mapToLong(Long::longValue).max().orElse(0);
		boolean never = this.recoverySeconds.values().stream().anyMatch((seconds) -> seconds < 0);
		return "CHAOS lost=" + this.lost.count() + " duplicated=" + this.duplicated.count() + " overlaps="
				+ this.overlaps.count() + " sms_duplicates=" + this.smsDuplicates.count() + " stale="
				+ this.stale.count() + " over_redemptions=" + this.overRedemptions.count() + " gaps="
				+ (this.gaps.count() + this.outOfOrder.count()) + " recovered_s=" + (never ? "never" : longest);
	}

}
