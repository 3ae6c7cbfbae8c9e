package com.spautopia.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The parsed docker-compose.yml, with the few typed reads the tests need.
 */
final class ComposeFile {

	private final Map<String, Object> root;

	private ComposeFile(Map<String, Object> root) {
		this.root = root;
	}

	static ComposeFile load(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new ComposeFile(new Yaml().load(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, Object> services() {
		return map(this.root.get("services"), "services");
	}

	Map<String, Object> service(String name) {
		return map(services().get(name), "services." + name);
	}

	/**
	 * The service's environment, whether written as a map or as a list of
	 * {@code NAME=value}.
	 * @param name the service
	 * @return variable names and values
	 */
	Map<String, String> environment(String name) {
		Object environment = service(name).get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> map) {
			map.forEach(
					(key, value) -> variables.put(String.valueOf(key), (value != null) ? String.valueOf(value) : ""));
		}
		else if (environment instanceof List<?> list) {
			for (Object entry : list) {
				String[] parts = String.valueOf(entry).split("=", 2);
				variables.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String where) {
		if (!(value instanceof Map<?, ?>)) {
			throw new AssertionError(where + " is not a mapping in docker-compose.yml: " + value);
		}
		return (Map<String, Object>) value;
	}

}
