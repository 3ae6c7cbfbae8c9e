package com.spautopia.localstack;

import com.spautopia.testsupport.process.ProcessFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole platform on this machine, with no Docker: a Kafka broker process, the
 * embedded MongoDB-compatible server, the SMS simulator, an SMTP server, the dev inbox
 * page and the three services. Data lives in {@code <repository>/.local} and survives a
 * restart; Ctrl-C stops everything in order.
 * <p>
 * Run it from the repository:
 * {@code ./mvnw -pl local-stack -am -DskipTests package spring-boot:run}.
 */
public final class LocalStack {

	private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

	private static final Logger banner = LoggerFactory.getLogger(Banner.class);

	private LocalStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		Instant started = Instant.now();
		LocalPlatform platform;
		try {
			platform = new LocalPlatform(RepositoryRoot.fromWorkingDirectory());
			platform.checkPrerequisites();
		}
		catch (LocalStackException | ProcessFailedException ex) {
			log.error(ex.getMessage());
			System.exit(1);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-stack-shutdown"));
		try {
			platform.start();
		}
		catch (LocalStackException | ProcessFailedException ex) {
			if (platform.isStopping()) {
				log.info("Start-up interrupted");
				return;
			}
			log.error("The platform could not start: {}", ex.getMessage());
			System.exit(1);
			return;
		}
		catch (RuntimeException ex) {
			log.error("The platform could not start", ex);
			System.exit(1);
			return;
		}
		banner.info(Banner.text(platform, Duration.between(started, Instant.now())));
		new CountDownLatch(1).await();
	}

}
