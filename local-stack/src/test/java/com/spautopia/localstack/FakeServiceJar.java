package com.spautopia.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A jar that runs {@link FakeService} from the test classes, standing in for a service's
 * fat jar.
 */
final class FakeServiceJar {

	private FakeServiceJar() {
	}

	static Path write(Path directory) {
		try {
			Path testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
			manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
			manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
			Path jar = directory.resolve("fake-service.jar");
			try (OutputStream out = Files.newOutputStream(jar);
					JarOutputStream unused = new JarOutputStream(out, manifest)) {
				// the manifest is all it needs
			}
			return jar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
