package com.spautopia.localstack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service of the local run that is started again when it stops by itself, as compose's
 * restart policy would, and says so: a warning when it stopped and is restarted (after
 * the {@link RestartPolicy}'s delay), an info line when it is UP again, an error when it
 * is given up.
 */
final class SupervisedService {

	private static final Logger log = LoggerFactory.getLogger(SupervisedService.class);

	private final Launch launch;

	private final RestartPolicy policy;

	private final ScheduledExecutorService scheduler;

	private final Clock clock;

	private final List<Instant> restarts = new ArrayList<>();

	private ServiceProcess current;

	private boolean stopped;

	/**
	 * How to start the service, the same way every time.
	 *
	 * @param name its name
	 * @param jar its fat jar
	 * @param port its HTTP port
	 * @param jvmOptions options before {@code -jar}
	 * @param environment its environment
	 * @param logFile its log (replaced at the first start, appended to on a restart)
	 * @param healthTimeout how long it may take to be UP
	 */
	record Launch(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> environment,
			Path logFile, Duration healthTimeout) {

		ServiceProcess start(boolean appendToLog) {
			return ServiceProcess.start(this.name, this.jar, this.port, this.jvmOptions, this.environment, this.logFile,
					appendToLog);
		}

	}

	private SupervisedService(Launch launch, RestartPolicy policy, ScheduledExecutorService scheduler, Clock clock,
			ServiceProcess first) {
		this.launch = launch;
		this.policy = policy;
		this.scheduler = scheduler;
		this.clock = clock;
		this.current = first;
	}

	/**
	 * Starts the service; it is watched once {@link #superviseOnceHealthy()} returns.
	 * @param launch how to start it
	 * @param policy when to restart it
	 * @param scheduler runs the restarts
	 * @param clock tells when it stopped
	 * @return the started service
	 */
	static SupervisedService start(Launch launch, RestartPolicy policy, ScheduledExecutorService scheduler,
			Clock clock) {
		return new SupervisedService(launch, policy, scheduler, clock, launch.start(false));
	}

	/**
	 * Waits until the service is UP (failing the start-up like an unsupervised service if
	 * it is not), then restarts it whenever it stops by itself.
	 */
	void superviseOnceHealthy() {
		ServiceProcess first = current();
		first.awaitHealthy(this.launch.healthTimeout());
		first.onExit((code) -> stoppedByItself(first, code));
	}

	synchronized ServiceProcess current() {
		return this.current;
	}

	synchronized int restarts() {
		return this.restarts.size();
	}

	String name() {
		return this.launch.name();
	}

	/**
	 * Stops the service and any restart still waiting. Safe to call more than once.
	 * @param grace how long it may take to stop
	 */
	void stop(Duration grace) {
		ServiceProcess process;
		synchronized (this) {
			this.stopped = true;
			process = this.current;
		}
		process.stop(grace);
	}

	private synchronized void stoppedByItself(ServiceProcess process, int exitCode) {
		if (this.stopped || process != this.current) {
			return;
		}
		Instant now = this.clock.instant();
		Optional<Duration> delay = this.policy.delayAfter(this.restarts, now);
		if (delay.isEmpty()) {
			log.error(
					"{} stopped unexpectedly (exit code {}) after {} restarts within {} min: not restarting it again;"
							+ " see {}",
					name(), exitCode, this.restarts.size(), this.policy.window().toMinutes(), this.launch.logFile());
			return;
		}
		this.restarts.add(now);
		log.warn(
				"{} stopped unexpectedly (exit code {}); restarting it in {} ms (restart {}, at most {} within {} min);"
						+ " see {}",
				name(), exitCode, delay.get().toMillis(), this.restarts.size(), this.policy.maxRestarts(),
				this.policy.window().toMinutes(), this.launch.logFile());
		this.scheduler.schedule(this::restart, delay.get().toMillis(), TimeUnit.MILLISECONDS);
	}

	private void restart() {
		ServiceProcess next;
		synchronized (this) {
			if (this.stopped) {
				return;
			}
			try {
				next = this.launch.start(true);
			}
			catch (RuntimeException ex) {
				log.error("{} could not be restarted: {}", name(), ex.getMessage());
				return;
			}
			this.current = next;
		}
		next.onExit((code) -> stoppedByItself(next, code));
		try {
			next.awaitHealthy(this.launch.healthTimeout());
			log.info("{} restarted: UP again at {} (pid {})", name(), next.baseUrl(), next.pid());
		}
		catch (LocalStackException ex) {
			if (next.isAlive()) {
				// slow, not dead (a busy machine): like compose, only an exit restarts it
				log.warn("{} is still not UP {} s after its restart; it keeps running, see {}", name(),
						this.launch.healthTimeout().toSeconds(), this.launch.logFile());
			}
			// otherwise it stopped again, and its exit decides what happens next
		}
	}

}
