package com.spautopia.localstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

/**
 * Every configuration property a Spring Boot fat jar really has: the names in each
 * {@code META-INF/(additional-)spring-configuration-metadata.json} of its libraries and
 * its own classes, plus the keys of its {@code application*.yml|yaml|properties}. Answers
 * whether an environment variable binds to one of them under relaxed binding.
 */
final class ConfigurationPropertyIndex {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> METADATA = Set.of("META-INF/spring-configuration-metadata.json",
			"META-INF/additional-spring-configuration-metadata.json");

	private final Set<String> names = new HashSet<>();

	private final Set<String> mapNames = new HashSet<>();

	static ConfigurationPropertyIndex of(Path fatJar) {
		ConfigurationPropertyIndex index = new ConfigurationPropertyIndex();
		try (ZipFile jar = new ZipFile(fatJar.toFile())) {
			Enumeration<? extends ZipEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
					index.addLibrary(jar.getInputStream(entry));
				}
				else if (name.startsWith("BOOT-INF/classes/")) {
					index.addApplicationFile(name.substring("BOOT-INF/classes/".length()), jar.getInputStream(entry));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + fatJar, ex);
		}
		return index;
	}

	/**
	 * Spring Boot's relaxed binding, simplified: case, dashes, dots, brackets and
	 * underscores do not matter.
	 * @param name a property name or an environment variable name
	 * @return the comparable form
	 */
	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	boolean binds(String environmentVariable) {
		String variable = normalize(environmentVariable);
		return this.names.contains(variable) || this.mapNames.stream()
			.anyMatch((map) -> variable.startsWith(map) && variable.length() > map.length());
	}

	int size() {
		return this.names.size();
	}

	private void addLibrary(InputStream library) throws IOException {
		ZipInputStream zip = new ZipInputStream(library);
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (METADATA.contains(entry.getName())) {
				addMetadata(zip.readAllBytes());
			}
		}
	}

	private void addApplicationFile(String path, InputStream content) throws IOException {
		if (METADATA.contains(path)) {
			addMetadata(content.readAllBytes());
		}
		else if (path.matches("application(-[^/]+)?\\.ya?ml")) {
			for (Object document : new Yaml().loadAll(new ByteArrayInputStream(content.readAllBytes()))) {
				if (document instanceof Map<?, ?> map) {
					addYamlKeys("", map);
				}
			}
		}
		else if (path.matches("application(-[^/]+)?\\.properties")) {
			Properties properties = new Properties();
			properties.load(content);
			properties.stringPropertyNames().forEach((key) -> this.names.add(normalize(key)));
		}
	}

	private void addMetadata(byte[] json) throws IOException {
		for (JsonNode property : JSON.readTree(json).path("properties")) {
			if ("error".equals(property.path("deprecation").path("level").asText())) {
				continue; // removed: binding it does nothing (e.g.
							// spring.data.mongodb.uri in Boot 4)
			}
			String name = normalize(property.path("name").asText());
			this.names.add(name);
			if (property.path("type").asText().startsWith("java.util.Map<")) {
				this.mapNames.add(name);
			}
		}
	}

	private void addYamlKeys(String prefix, Map<?, ?> map) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
			if (value instanceof Map<?, ?> nested) {
				addYamlKeys(name, nested);
			}
			else {
				this.names.add(normalize(name));
				if (value instanceof List<?>) {
					this.mapNames.add(normalize(name));
				}
			}
		});
	}

}
