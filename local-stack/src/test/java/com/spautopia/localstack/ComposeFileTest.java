package com.spautopia.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	void servicesTrustKeycloakWhoseRealmGrantsTheThreeRolesInTheRolesClaim() throws IOException {
		assertThat(this.compose.services()).containsKey("keycloak");
		for (SpaService service : SpaService.values()) {
			assertThat(this.compose.environment(service.moduleName()))
				.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
						"http://localhost:8180/realms/spa-utopia")
				.containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
		}
		JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("docker/keycloak/spa-utopia-realm.json").toFile());
		assertThat(realm.path("realm").asText()).isEqualTo("spa-utopia");
		assertThat(realm.path("roles").path("realm").findValuesAsText("name")).contains("staff", "marketing",
				"operator");
		for (JsonNode client : realm.path("clients")) {
			assertThat(client.path("protocolMappers").findValuesAsText("claim.name"))
				.as("client %s", client.path("clientId").asText())
				.containsExactly("roles");
		}
		assertThat(realm.path("clients").findValuesAsText("clientId")).contains("staff-demo", "marketing-demo",
				"operator-demo", "spa-web");
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
