package com.spautopia.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationPropertyIndexTest {

	@TempDir
	static Path temp;

	static ConfigurationPropertyIndex index;

	@BeforeAll
	static void indexAFatJar() throws IOException {
		Path jar = temp.resolve("service.jar");
		try (ZipOutputStream fat = new ZipOutputStream(Files.newOutputStream(jar))) {
			add(fat, "BOOT-INF/lib/library.jar", library());
			add(fat, "BOOT-INF/classes/META-INF/spring-configuration-metadata.json", """
					{"properties": [{"name": "spa.twilio.account-sid", "type": "java.lang.String"}]}
					""".getBytes(StandardCharsets.UTF_8));
			add(fat, "BOOT-INF/classes/application.yml", """
					spa:
					  kafka:
					    topic-prefix: ""
					""".getBytes(StandardCharsets.UTF_8));
		}
		index = ConfigurationPropertyIndex.of(jar);
	}

	@Test
	void bindsEnvironmentVariablesToMetadataOfLibrariesAndOfTheApplication() {
		assertThat(index.binds("SERVER_PORT")).isTrue();
		assertThat(index.binds("SPA_TWILIO_ACCOUNT_SID")).isTrue();
		assertThat(index.binds("SPA_KAFKA_TOPIC_PREFIX")).isTrue();
		assertThat(index.binds("SPRING_MAIL_PROPERTIES_MAIL_SMTP_TIMEOUT")).isTrue();
	}

	@Test
	void rejectsVariablesThatBindToNothing() {
		assertThat(index.binds("SPA_TWILIO_ACOUNT_SID")).isFalse();
		assertThat(index.binds("SERVER_PORTS")).isFalse();
		assertThat(index.binds("SPA_KAFKA")).isFalse();
		assertThat(index.binds("SPRING_MAIL_PROPERTY_MAIL_SMTP_TIMEOUT")).isFalse();
		assertThat(index.binds("SPRING_DATA_MONGODB_URI")).as("removed in favour of spring.mongodb.uri").isFalse();
	}

	private static byte[] library() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream library = new ZipOutputStream(bytes)) {
			add(library, "META-INF/spring-configuration-metadata.json", """
					{"properties": [
					  {"name": "server.port", "type": "java.lang.Integer"},
					  {"name": "spring.data.mongodb.uri", "type": "java.lang.String",
					   "deprecation": {"level": "error", "replacement": "spring.mongodb.uri"}},
					  {"name": "spring.mail.properties", "type": "java.util.Map<java.lang.String,java.lang.String>"}
					]}
					""".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content);
		zip.closeEntry();
	}

}
