package com.spautopia.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.testsupport.infra.ConsumerGroupSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker), so this reads it: the platform is
 * complete, starts in order of health, pins its images, and gives each service only
 * environment variables that bind to properties it really has.
 */
class ComposeFileTest {

	private static final List<String> INFRASTRUCTURE = List.of("kafka", "mongodb", "mailpit");

	private static final Path ROOT = ServiceJars.repositoryRoot();

	private final ComposeFile compose = ComposeFile.load(ROOT.resolve("docker-compose.yml"));

	@Test
	void definesTheWholePlatform() {
		assertThat(this.compose.services()).containsKeys("kafka", "mongodb", "mailpit", "booking-service",
				"notification-service", "promotion-service");
	}

	@Test
	void pinsEveryImage() {
		this.compose.services().forEach((name, definition) -> {
			Object image = ComposeFile.map(definition, name).get("image");
			if (image != null) {
				assertThat(String.valueOf(image)).as("image of %s", name)
					.matches("[^:]+:[^:]+")
					.doesNotEndWith(":latest");
			}
		});
		assertThat(this.compose.service("kafka")).containsEntry("image", "apache/kafka:4.1.2");
	}

	@Test
	void dockerfilePinsItsBaseImagesAndRunsAsANonRootUser() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		Matcher images = Pattern.compile("(?m)^ARG (JDK|JRE)_IMAGE=(\\S+)$").matcher(dockerfile);
		int count = 0;
		while (images.find()) {
			count++;
			assertThat(images.group(2)).startsWith("eclipse-temurin:25").matches(".+:\\d+[.\\d]*_\\d+-j[dr][ke]-.+");
		}
		assertThat(count).isEqualTo(2);
		assertThat(dockerfile).containsPattern("(?m)^USER spa").contains("./mvnw").contains("ARG SERVICE");
	}

	@ParameterizedTest
	@EnumSource(SpaService.class)
	void appServicesStartOnceKafkaAndMongoDbAreHealthy(SpaService service) {
		Map<String, Object> definition = this.compose.service(service.moduleName());
		Map<String, Object> dependsOn = ComposeFile.map(definition.get("depends_on"), "depends_on");
		for (String infrastructure : List.of("kafka", "mongodb")) {
			assertThat(ComposeFile.map(dependsOn.get(infrastructure), infrastructure))
				.as("%s depends on %s", service.moduleName(), infrastructure)
				.containsEntry("condition", "service_healthy");
		}
		assertThat(ComposeFile.map(definition.get("healthcheck"), "healthcheck")).containsKey("test");
		assertThat(ComposeFile.map(definition.get("build"), "build")).containsEntry("context", ".")
			.containsEntry("args", Map.of("SERVICE", service.moduleName()));
		assertThat(this.compose.environment(service.moduleName())).containsEntry("SERVER_PORT",
				String.valueOf(service.defaultPort()));
	}

	@Test
	void infrastructureHasHealthchecksTheServicesWaitFor() {
		for (String name : INFRASTRUCTURE) {
			assertThat(ComposeFile.map(this.compose.service(name).get("healthcheck"), name + ".healthcheck"))
				.as("healthcheck of %s", name)
				.containsKey("test");
		}
		assertThat(String.valueOf(this.compose.service("mongodb").get("command"))).contains("--replSet", "rs0");
		assertThat(this.compose.environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
	}

	@Test
	void manageLinkSecretsComeFromTheEnvironmentWithoutDefaultsAndOnlyToTheServicesThatNeedThem() {
		for (SpaService service : SpaService.values()) {
			Map<String, String> environment = this.compose.environment(service.moduleName());
			assertThat(environment.get("SPA_MANAGE_LINKS_TOKEN_SECRET")).as("token secret of %s", service)
				.isEqualTo((service == SpaService.BOOKING)
						? "${MANAGE_LINKS_TOKEN_SECRET:?set MANAGE_LINKS_TOKEN_SECRET}" : null);
			assertThat(environment.get("SPA_MANAGE_LINKS_SEALING_KEY")).as("sealing key of %s", service)
				.isEqualTo((service == SpaService.BOOKING || service == SpaService.NOTIFICATION)
						? "${MANAGE_LINKS_SEALING_KEY:?set MANAGE_LINKS_SEALING_KEY}" : null);
		}
	}

	@Test
	void kafkaRunsTheConsumerGroupProtocolWithTheSessionTimeoutOfTheLocalRun() {
		assertThat(this.compose.environment("kafka"))
			.containsAllEntriesOf(ConsumerGroupSettings.containerEnvironment());
	}

	@Test
	void servicesTrustKeycloakWhoseRealmGrantsTheThreeRolesInTheRolesClaim() throws IOException {
		assertThat(this.compose.services()).containsKey("keycloak");
		for (SpaService service : SpaService.values()) {
			assertThat(this.compose.environment(service.moduleName()))
				.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
						"http://localhost:8180/realms/spa-utopia")
				.containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
		}
		JsonNode realm = json("docker/keycloak/spa-utopia-realm.json");
		assertThat(realm.path("realm").asText()).isEqualTo("spa-utopia");
		assertThat(realm.path("roles").path("realm").findValuesAsText("name")).contains("staff", "marketing",
				"operator");
		JsonNode demo = json("docker/keycloak/demo/spa-utopia-demo-accounts.json");
		for (JsonNode client : List.of(realm.path("clients"), demo.path("clients"))
			.stream()
			.flatMap((clients) -> StreamSupport.stream(clients.spliterator(), false))
			.toList()) {
			assertThat(client.path("protocolMappers").findValuesAsText("claim.name"))
				.as("client %s", client.path("clientId").asText())
				.containsExactly("roles");
		}
		assertThat(realm.path("clients").findValuesAsText("clientId")).contains("spa-web", "prometheus");
	}

	@Test
	void demoAccountsWithKnownSecretsExistOnlyInTheDemoProfile() throws IOException {
		JsonNode realm = json("docker/keycloak/spa-utopia-realm.json");
		assertThat(realm.path("clients").findValuesAsText("clientId")).noneMatch((id) -> id.endsWith("-demo"));
		assertThat(realm.path("users").findValuesAsText("username")).containsExactly("service-account-prometheus");
		assertThat(realm.path("clients").findValuesAsText("secret")).as("secrets in the realm file")
			.allMatch((secret) -> secret.matches("\\$\\{[A-Z_]+}"));

		JsonNode demo = json("docker/keycloak/demo/spa-utopia-demo-accounts.json");
		assertThat(demo.path("clients").findValuesAsText("clientId")).containsExactlyInAnyOrder("staff-demo",
				"marketing-demo", "operator-demo");
		assertThat(demo.path("users").findValuesAsText("username")).containsExactlyInAnyOrder("staff", "marketing",
				"operator");
		Map<String, Object> demoAccounts = this.compose.service("keycloak-demo-accounts");
		assertThat(demoAccounts.get("profiles")).isEqualTo(List.of("demo"));
		assertThat(ComposeFile.map(demoAccounts.get("depends_on"), "depends_on").get("keycloak"))
			.isEqualTo(Map.of("condition", "service_healthy"));
		assertThat(String.valueOf(demoAccounts.get("volumes"))).contains("./docker/keycloak/demo");
		assertThat(String.valueOf(this.compose.service("keycloak").get("volumes"))).doesNotContain("demo");
		String script = Files.readString(ROOT.resolve("docker/keycloak/demo/add-demo-accounts.sh"));
		assertThat(script).contains("partialImport", "spa-utopia-demo-accounts.json", "add-roles");
	}

	@Test
	void keycloakRunsInProductionModeOnItsOwnDatabase() {
		Map<String, Object> keycloak = this.compose.service("keycloak");
		assertThat(keycloak.get("command")).isEqualTo(List.of("start", "--import-realm"));
		assertThat(this.compose.environment("keycloak")).containsEntry("KC_HOSTNAME", "http://localhost:8180")
			.containsEntry("KC_HTTP_ENABLED", "true")
			.containsEntry("KC_HEALTH_ENABLED", "true")
			.containsEntry("KC_DB", "postgres")
			.containsEntry("KC_DB_URL", "jdbc:postgresql://keycloak-db:5432/keycloak")
			.containsEntry("KC_DB_PASSWORD", "${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}")
			.containsEntry("PROMETHEUS_CLIENT_SECRET", "${PROMETHEUS_CLIENT_SECRET:?set PROMETHEUS_CLIENT_SECRET}");
		assertThat(ComposeFile.map(keycloak.get("depends_on"), "depends_on").get("keycloak-db"))
			.isEqualTo(Map.of("condition", "service_healthy"));
		assertThat(this.compose.environment("keycloak-db")).containsEntry("POSTGRES_PASSWORD",
				"${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}");
		assertThat(ComposeFile.map(keycloak.get("healthcheck"), "healthcheck").get("test").toString())
			.contains("/health/ready");
	}

	@Test
	void publishedPortsListenOnTheLoopbackByDefault() {
		this.compose.services().forEach((name, definition) -> {
			Object ports = ComposeFile.map(definition, name).get("ports");
			if (ports instanceof List<?> list) {
				assertThat(list).as("ports of %s", name)
					.allSatisfy((port) -> assertThat(String.valueOf(port))
						.matches("(127\\.0\\.0\\.1|\\$\\{SPA_BIND_ADDRESS:-127\\.0\\.0\\.1}):\\d+:\\d+"));
			}
		});
		for (String unauthenticated : List.of("kafka", "mongodb", "mailpit", "prometheus", "grafana", "kafka-ui")) {
			assertThat(String.valueOf(this.compose.service(unauthenticated).get("ports")))
				.as("ports of %s, which has no sign-in of its own", unauthenticated)
				.startsWith("[127.0.0.1:");
		}
	}

	@Test
	void mongoDbRequiresCredentialsWhichTheServicesGetThroughTheirUri() throws IOException {
		Map<String, String> mongodb = this.compose.environment("mongodb");
		assertThat(mongodb)
			.containsEntry("MONGO_INITDB_ROOT_PASSWORD", "${MONGO_ROOT_PASSWORD:?set MONGO_ROOT_PASSWORD}")
			.containsEntry("MONGO_SPA_PASSWORD", "${MONGO_SPA_PASSWORD:?set MONGO_SPA_PASSWORD}");
		assertThat(String.valueOf(this.compose.service("mongodb").get("entrypoint"))).contains("start-mongod.sh");
		assertThat(Files.readString(ROOT.resolve("docker/mongodb/start-mongod.sh"))).contains("--keyFile");
		assertThat(Files.readString(ROOT.resolve("docker/mongodb/init/create-service-user.js"))).contains("createUser",
				"process.env.MONGO_SPA_PASSWORD", "readWrite");
		assertThat(Files.readString(ROOT.resolve("docker/mongodb/replica-set-healthcheck.js"))).contains(".auth(");
		for (SpaService service : SpaService.values()) {
			assertThat(this.compose.environment(service.moduleName()).get("SPRING_MONGODB_URI"))
				.as("MongoDB URI of %s", service.moduleName())
				.startsWith("mongodb://spa:${MONGO_SPA_PASSWORD:?set MONGO_SPA_PASSWORD}@mongodb:27017/")
				.contains("replicaSet=rs0", "authSource=admin");
		}
	}

	@Test
	void dockerfileLocksTheMavenCacheItsParallelBuildsShare() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		assertThat(dockerfile).containsPattern("--mount=type=cache,[^\\s]*sharing=locked")
			.doesNotContainPattern("--mount=type=cache(?![^\\s]*sharing=locked)");
	}

	@Test
	void servicesExportTracesToTheOpsProfilesJaegerOnlyWhenEnabled() {
		Map<String, Object> jaeger = this.compose.service("jaeger");
		assertThat(jaeger.get("profiles")).isEqualTo(List.of("ops"));
		assertThat(String.valueOf(jaeger.get("image"))).startsWith("jaegertracing/");
		for (SpaService service : SpaService.values()) {
			assertThat(this.compose.environment(service.moduleName())).as("tracing of %s", service.moduleName())
				.containsEntry("MANAGEMENT_TRACING_EXPORT_OTLP_ENABLED", "${OTLP_TRACING_ENABLED:-false}")
				.containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
						"${OTLP_TRACING_ENDPOINT:-http://jaeger:4318/v1/traces}");
		}
	}

	@Test
	void prometheusSignsInWithASecretFromTheEnvironment() throws IOException {
		String prometheus = Files.readString(ROOT.resolve("docker/prometheus/prometheus.yml"));
		assertThat(prometheus).contains("client_id: prometheus", "client_secret_file:")
			.doesNotContain("client_secret:")
			.doesNotContain("-demo");
		assertThat(String.valueOf(this.compose.service("prometheus").get("secrets")))
			.contains("prometheus-client-secret");
	}

	private static JsonNode json(String path) throws IOException {
		return new ObjectMapper().readTree(ROOT.resolve(path).toFile());
	}

	@Test
	void twilioCredentialsComeFromTheEnvironmentWithoutDefaults() {
		Map<String, String> environment = this.compose.environment("notification-service");

		assertThat(environment).containsEntry("SPA_TWILIO_ACCOUNT_SID", "${TWILIO_ACCOUNT_SID}")
			.containsEntry("SPA_TWILIO_AUTH_TOKEN", "${TWILIO_AUTH_TOKEN}")
			.containsEntry("SPA_TWILIO_FROM_NUMBER", "${TWILIO_FROM_NUMBER}")
			.containsEntry("SPA_TWILIO_STATUS_CALLBACK_BASE_URL", "${PUBLIC_BASE_URL:-}")
			.containsEntry("SPA_TWILIO_API_URL", "");
	}

	@ParameterizedTest
	@EnumSource(SpaService.class)
	void everyEnvironmentVariableBindsToAPropertyTheServiceHas(SpaService service) {
		ConfigurationPropertyIndex properties = ServiceJars.properties(service);
		Map<String, String> environment = this.compose.environment(service.moduleName());

		assertThat(environment).isNotEmpty();
		assertThat(environment.keySet())
			.as("environment variables of %s in docker-compose.yml that bind to no property" + " of %s",
					service.moduleName(), ServiceJars.jar(service))
			.filteredOn((name) -> !properties.binds(name))
			.isEmpty();
	}

}
