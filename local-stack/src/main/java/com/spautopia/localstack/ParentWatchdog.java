package com.spautopia.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A Java agent each JVM of the local run starts with ({@code -javaagent:<jar>=<pid>}): it
 * watches the launcher's process and stops this JVM as soon as the launcher is gone, so a
 * {@code kill -9} of the launcher (which runs no shutdown hook) leaves no service, token
 * issuer or broker behind holding its port. The JVM exits normally (its shutdown hooks
 * run: Spring Boot closes its context) and is halted if that takes too long.
 * <p>
 * Loaded inside the child JVMs from a jar of this class alone, so it uses nothing but the
 * JDK (not even this package's exceptions).
 */
public final class ParentWatchdog {

	static final long HALT_AFTER_MILLIS = 20_000;

	private ParentWatchdog() {
	}

	/**
	 * The agent's entry point.
	 * @param pid the launcher's process id
	 */
	public static void premain(String pid) {
		Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(pid.strip()));
		if (launcher.isEmpty() || !launcher.get().isAlive()) {
			stop(pid);
			return;
		}
		launcher.get().onExit().thenRun(() -> stop(pid));
	}

	private static void stop(String pid) {
		System.err.println("Launcher (pid " + pid + ") is gone: stopping this process (pid "
				+ ProcessHandle.current().pid() + ")");
		Thread halt = new Thread(() -> {
			try {
				Thread.sleep(HALT_AFTER_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			Runtime.getRuntime().halt(1);
		}, "parent-watchdog-halt");
		halt.setDaemon(true);
		halt.start();
		System.exit(1);
	}

	/**
	 * Writes the agent jar: this class and a manifest naming it.
	 * @param directory where to put it
	 * @return the jar
	 */
	static Path writeAgentJar(Path directory) {
		String classFile = ParentWatchdog.class.getName().replace('.', '/') + ".class";
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatchdog.class.getName());
		try {
			Files.createDirectories(directory);
			Path jar = directory.resolve("parent-watchdog.jar");
			try (InputStream bytes = ParentWatchdog.class.getClassLoader().getResourceAsStream(classFile);
					OutputStream out = Files.newOutputStream(jar);
					JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
				if (bytes == null) {
					throw new IllegalStateException("Cannot find " + classFile + " on the class path");
				}
				jarOut.putNextEntry(new JarEntry(classFile));
				bytes.transferTo(jarOut);
				jarOut.closeEntry();
			}
			return jar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the parent watchdog agent to " + directory, ex);
		}
	}

	/**
	 * The JVM option that makes a child JVM stop when this process is gone.
	 * @param agentJar the jar from {@link #writeAgentJar(Path)}
	 * @return the option
	 */
	static String jvmOption(Path agentJar) {
		return "-javaagent:" + agentJar.toAbsolutePath() + "=" + ProcessHandle.current().pid();
	}

}
