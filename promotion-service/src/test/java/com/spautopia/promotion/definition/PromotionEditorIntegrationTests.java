package com.spautopia.promotion.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The marketing console's promotion editor, through the page's own mapping
 * ({@code promotion-form.js}, run by Node): a promotion with every field, opened and
 * saved unchanged, reads back identical.
 */
class PromotionEditorIntegrationTests extends IntegrationTestSupport {

	private static final Path FORM = Path.of("src/main/resources/static/marketing/promotion-form.js");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void savesAPromotionWithEveryFieldUnchangedWhenNothingWasEdited() throws Exception {
		assumeThat(nodeAvailable()).as("node is installed").isTrue();
		String segment = "editor-" + UUID.randomUUID();
		String id = this.api.activePromotion(PromotionJson.uniqueCodes("Every field " + segment)
			.set("description", "All of it")
			.fixed("25.50")
			.stackable()
			.set("validFrom", "2030-01-01T08:00:30Z")
			.set("validUntil", "2031-01-01T23:59:59Z")
			.treatments("deep-tissue", "swedish")
			.condition("days", java.util.List.of("MONDAY", "FRIDAY"))
			.condition("startsFrom", "09:00")
			.condition("startsBefore", "17:30")
			.condition("firstVisitOnly", true)
			.condition("lastMinuteHours", 48)
			.tags(segment, "vip")
			.condition("minimumVisits", 0)
			.totalLimit(100)
			.perClient(2)
			.budget("5000.00"));
		JsonNode before = read(this.api.get("/api/promotions/" + id));

		String saved = edit(before.toString());
		MvcTestResult put = this.api.put("/api/promotions/" + id, saved);

		assertThat(put).hasStatusOk();
		assertThat(comparable(read(this.api.get("/api/promotions/" + id)))).isEqualTo(comparable(before));
	}

	@Test
	void savesALastMinutePromotionUnchangedWhenNothingWasEdited() throws Exception {
		assumeThat(nodeAvailable()).as("node is installed").isTrue();
		String segment = "editor-" + UUID.randomUUID();
		String id = this.api.activePromotion(PromotionJson.lastMinute("Freed slots " + segment)
			.percent(25)
			.condition("lastMinuteHours", 6)
			.tags(segment)
			.perClient(1)
			.budget("800.00"));
		JsonNode before = read(this.api.get("/api/promotions/" + id));

		String saved = edit(before.toString());
		MvcTestResult put = this.api.put("/api/promotions/" + id, saved);

		assertThat(put).hasStatusOk();
		JsonNode after = read(this.api.get("/api/promotions/" + id));
		assertThat(after.at("/kind").asString()).isEqualTo("LAST_MINUTE");
		assertThat(comparable(after)).isEqualTo(comparable(before));
	}

	@Test
	void sendsTheCurrencyItIsGiven() throws Exception {
		assumeThat(nodeAvailable()).as("node is installed").isTrue();
		String promotion = PromotionJson.code("CUR-" + UUID.randomUUID().toString().substring(0, 6))
			.fixed("10.00")
			.json();

		JsonNode request = json.readTree(edit(promotion, "EUR"));

		assertThat(request.at("/discount/amount/currency").asString()).isEqualTo("EUR");
	}

	private static String edit(String promotion) throws IOException, InterruptedException {
		return edit(promotion, "PLN");
	}

	// opens the promotion in the editor and saves it without touching anything
	private static String edit(String promotion, String currency) throws IOException, InterruptedException {
		String script = "const F = require(" + json.writeValueAsString(FORM.toAbsolutePath().toString()) + ");"
				+ "let input = ''; process.stdin.on('data', (d) => input += d); process.stdin.on('end', () => {"
				+ " const p = JSON.parse(input);"
				+ " process.stdout.write(JSON.stringify(F.toRequest(F.toValues(p), p, '" + currency + "'))); });";
		Process node = new ProcessBuilder("node", "-e", script).redirectErrorStream(true).start();
		node.getOutputStream().write(promotion.getBytes(StandardCharsets.UTF_8));
		node.getOutputStream().close();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(output).isZero();
		return output;
	}

	private static JsonNode read(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return json.readTree(MarketingApi.body(result));
	}

	// what a save may change: the update time and version; sets may come back in any
	// order
	private static JsonNode comparable(JsonNode promotion) {
		ObjectNode copy = (ObjectNode) promotion.deepCopy();
		copy.remove("updatedAt");
		copy.remove("version");
		ObjectNode conditions = (ObjectNode) copy.get("conditions");
		for (String field : new String[] { "treatmentIds", "days", "clientTags" }) {
			conditions.set(field, sorted((ArrayNode) conditions.get(field)));
		}
		return copy;
	}

	private static ArrayNode sorted(ArrayNode values) {
		ArrayNode sorted = json.createArrayNode();
		values.valueStream().map(JsonNode::asString).sorted().forEach(sorted::add);
		return sorted;
	}

	private static boolean nodeAvailable() {
		try {
			return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS) && Files.exists(FORM);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
