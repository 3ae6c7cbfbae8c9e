package com.spautopia.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus alert rules of the compose {@code ops} profile
 * (docker/prometheus/alerts.yml) cover what an operator must hear about, and each
 * expression names metrics the platform really exposes: meters registered in the
 * services' code (Prometheus names: dots become underscores, plus a unit or a counter's
 * suffix), or Prometheus's own {@code up}.
 */
class AlertRulesTest {

	private static final Path ROOT = ServiceJars.repositoryRoot();

	private static final Pattern METER_IN_CODE = Pattern
		.compile("(?:Gauge|MultiGauge|Counter|FunctionCounter|Timer|TimeGauge|DistributionSummary|LongTaskTimer)"
				+ "\\s*\\.builder\\(\\s*\"([a-z0-9.]+)\"");

	private static final Set<String> SUFFIXES = Set.of("", "_seconds", "_total", "_seconds_total", "_count", "_sum",
			"_max", "_bucket", "_seconds_count", "_seconds_sum", "_seconds_max", "_seconds_bucket");

	private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
			"group_left", "group_right", "offset", "bool");

	private static final Set<String> PROMETHEUS_OWN = Set.of("up");

	@Test
	void alertOnWhatAnOperatorMustHearAbout() {
		assertThat(rules().keySet()).contains("ServiceDown", "ConsumerLagGrowing", "DeadLettersPresent",
				"OutboxStalled", "MessagesFailing");
		assertThat(rules().get("DeadLettersPresent")).contains("spa_dead_letters");
		assertThat(rules().get("OutboxStalled")).contains("spa_outbox_oldest_age_seconds > 60");
		assertThat(rules().get("ConsumerLagGrowing")).contains("spa_ops_consumer_lag", "deriv(");
		assertThat(rules().get("ServiceDown")).contains("up{");
	}

	@Test
	void everyExpressionNamesAMetricThePlatformExposes() {
		Set<String> exposed = metersInCode();
		assertThat(exposed).contains("spa_dead_letters", "spa_outbox_oldest_age", "spa_ops_consumer_lag",
				"spa_notifications");
		rules().forEach((alert, expression) -> {
			Set<String> metrics = metricsIn(expression);
			assertThat(metrics).as("metrics of %s", alert).isNotEmpty();
			assertThat(metrics).as("metrics of alert %s (%s) that no code registers", alert, expression)
				.allMatch((metric) -> PROMETHEUS_OWN.contains(metric) || exposedAs(exposed, metric));
		});
	}

	@Test
	void theOpsProfilesPrometheusLoadsTheRules() throws IOException {
		assertThat(Files.readString(ROOT.resolve("docker/prometheus/prometheus.yml"))).contains("rule_files:")
			.contains("/etc/prometheus/alerts.yml");
		ComposeFile compose = ComposeFile.load(ROOT.resolve("docker-compose.yml"));
		assertThat(compose.service("prometheus").get("profiles")).isEqualTo(List.of("ops"));
		assertThat(String.valueOf(compose.service("prometheus").get("volumes")))
			.contains("./docker/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
	}

	@Test
	void readsMetricNamesOutOfPromQl() {
		assertThat(metricsIn("sum by (group, topic) (spa_ops_consumer_lag) > 0 and deriv(sum by (group) "
				+ "(spa_ops_consumer_lag)[10m:1m]) > 0"))
			.containsExactly("spa_ops_consumer_lag");
		assertThat(metricsIn("sum by (channel) (delta(spa_notifications{status=~\"FAILED|x\"}[15m])) > 0"))
			.containsExactly("spa_notifications");
		assertThat(metricsIn("up{job=\"spa-utopia\"} == 0")).containsExactly("up");
	}

	static Set<String> metricsIn(String expression) {
		String bare = expression.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\{[^}]*}", "")
			.replaceAll("\\[[^]]*]", "")
			.replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
		Matcher identifiers = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()").matcher(bare);
		Set<String> metrics = new TreeSet<>();
		while (identifiers.find()) {
			if (!PROMQL_WORDS.contains(identifiers.group(1))) {
				metrics.add(identifiers.group(1));
			}
		}
		return metrics;
	}

	private static boolean exposedAs(Set<String> exposed, String metric) {
		return exposed.stream()
			.anyMatch((meter) -> metric.startsWith(meter) && SUFFIXES.contains(metric.substring(meter.length())));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> rules() {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker/prometheus/alerts.yml"))) {
			Map<String, Object> file = new Yaml().load(reader);
			Map<String, String> rules = new HashMap<>();
			for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
				for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
					rules.put(String.valueOf(rule.get("alert")), String.valueOf(rule.get("expr")));
				}
			}
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> metersInCode() {
		Set<String> meters = new TreeSet<>();
		for (String module : List.of("booking-service", "notification-service", "promotion-service", "ops-console")) {
			try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
				files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
					Matcher meter = METER_IN_CODE.matcher(read(file));
					while (meter.find()) {
						meters.add(meter.group(1).replace('.', '_'));
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return meters;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
