package com.spautopia.testsupport.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM started as a child process of this one, its output in a log file.
 * <p>
 * Where {@code setsid} exists the child gets its own session, so a Ctrl-C in the terminal
 * reaches only this JVM, which then stops the children in order (services before the
 * broker they need). Without it every child would get the same SIGINT at once.
 */
public final class ChildProcess {

	private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

	private static final List<Path> SETSID_LOCATIONS = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

	private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

	private static final Object LIFECYCLE = new Object();

	private static boolean refuseNew;

	private static volatile List<String> optionsForEveryJvm = List.of();

	private final String name;

	private final Process process;

	private final Path logFile;

	private ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Starts {@code java <javaArguments>} with the Java of this JVM.
	 * @param name a name for messages, e.g. "booking-service"
	 * @param javaArguments the arguments after {@code java}
	 * @param environment variables added to this JVM's environment
	 * @param logFile where standard output and error go
	 * @param appendToLog whether to keep what the log file already holds
	 * @return the started process
	 */
	public static ChildProcess startJava(String name, List<String> javaArguments, Map<String, String> environment,
			Path logFile, boolean appendToLog) {
		List<String> command = new ArrayList<>();
		SETSID_LOCATIONS.stream()
			.filter(Files::isExecutable)
			.findFirst()
			.ifPresent((setsid) -> command.add(setsid.toString()));
		command.add(javaExecutable().toString());
		command.addAll(optionsForEveryJvm);
		command.addAll(javaArguments);
		try {
			Files.createDirectories(logFile.toAbsolutePath().getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(appendToLog ? Redirect.appendTo(logFile.toFile()) : Redirect.to(logFile.toFile()));
			builder.environment().putAll(environment);
			synchronized (LIFECYCLE) {
				if (refuseNew) {
					throw new ProcessFailedException("Not starting " + name + ": stopping");
				}
				ChildProcess child = new ChildProcess(name, builder.start(), logFile);
				RUNNING.add(child);
				child.process.onExit().thenRun(() -> RUNNING.remove(child));
				log.debug("Started {} (pid {}), output in {}", name, child.pid(), logFile);
				return child;
			}
		}
		catch (IOException ex) {
			throw new ProcessFailedException("Could not start " + name + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Gives every JVM started from now on these options first (the local run's watchdog
	 * agent, which stops a child when its launcher is gone).
	 * @param options the JVM options
	 */
	public static void giveEveryJvm(List<String> options) {
		optionsForEveryJvm = List.copyOf(options);
	}

	/**
	 * Stops every child process this JVM started that still runs, and refuses to start
	 * new ones from now on: the last resort when this JVM stops, for processes whose
	 * start was interrupted before anyone kept hold of them.
	 * @param grace how long each may take to stop
	 */
	public static void stopAllRunning(Duration grace) {
		List<ChildProcess> running;
		synchronized (LIFECYCLE) {
			refuseNew = true;
			running = List.copyOf(RUNNING);
		}
		running.forEach((child) -> {
			log.warn("Stopping {} (pid {}), left running", child.name, child.pid());
			child.stop(grace);
		});
	}

	/**
	 * The {@code java} launcher of the JVM running this code, so children run on the same
	 * JDK.
	 * @return the path of the java executable
	 */
	public static Path javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	public String name() {
		return this.name;
	}

	public Path logFile() {
		return this.logFile;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * The exit code once the process has ended.
	 * @return the exit code
	 * @throws IllegalStateException if it still runs
	 */
	public int exitCode() {
		return this.process.exitValue();
	}

	/**
	 * Waits for the process to end by itself.
	 * @param timeout how long to wait before killing it
	 * @return the exit code
	 */
	public int awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor();
				throw new ProcessFailedException(this.name + " did not finish within " + timeout.toSeconds()
						+ " s and was killed; see " + this.logFile);
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProcessFailedException("Interrupted while waiting for " + this.name, ex);
		}
	}

	/**
	 * Asks the process to stop (SIGTERM), waits, and kills it if it has not stopped by
	 * then.
	 * @param grace how long it may take to stop cleanly
	 */
	public void stop(Duration grace) {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("{} did not stop within {} s; killing it", this.name, grace.toSeconds());
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/**
	 * Runs an action when the process ends.
	 * @param action what to run, given the exit code
	 */
	public void onExit(IntConsumer action) {
		this.process.onExit().thenAccept((ended) -> action.accept(ended.exitValue()));
	}

	/**
	 * The last lines of the log file, for error messages.
	 * @param lines how many lines
	 * @return the lines, or a note that the log cannot be read
	 */
	public String logTail(int lines) {
		return tail(this.logFile, lines);
	}

	static String tail(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return "(no log at " + file + ")";
		}
		Deque<String> last = new ArrayDeque<>(lines);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (last.size() == lines) {
					last.removeFirst();
				}
				last.addLast(line);
			}
		}
		catch (IOException ex) {
			return "(cannot read " + file + ": " + ex.getMessage() + ")";
		}
		return String.join(System.lineSeparator(), last);
	}

}
