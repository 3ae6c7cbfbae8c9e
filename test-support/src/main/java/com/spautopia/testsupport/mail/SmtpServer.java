package com.spautopia.testsupport.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server on {@code 127.0.0.1} (no authentication, no TLS) that keeps every
 * email it receives.
 */
public final class SmtpServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SmtpServer.class);

	private final GreenMail greenMail;

	private SmtpServer(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/**
	 * Start a server on a free port.
	 * @return the running server
	 */
	public static SmtpServer start() {
		return start(0);
	}

	/**
	 * Start a server on the given port.
	 * @param port the port, or 0 for a free one
	 * @return the running server
	 */
	public static SmtpServer start(int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		if (port == 0) {
			setup = setup.dynamicPort();
		}
		GreenMail greenMail = new GreenMail(setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		SmtpServer server = new SmtpServer(greenMail);
		logger.info("SMTP server listening on 127.0.0.1:{}", server.port());
		return server;
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.greenMail.getSmtp().getPort();
	}

	/**
	 * Return every email received so far, once each even when it had several recipients,
	 * in the order received.
	 * @return the emails
	 */
	public List<ReceivedEmail> receivedEmails() {
		List<ReceivedEmail> emails = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			try {
				String id = message.getMessageID();
				if (id == null || seen.add(id)) {
					emails.add(MimeMessages.parse(message));
				}
			}
			catch (MessagingException | IOException ex) {
				logger.warn("Could not parse a received email", ex);
			}
		}
		return emails;
	}

	/**
	 * Forget every received email.
	 */
	public void clear() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not clear the received emails", ex);
		}
	}

	/**
	 * Stop the server.
	 */
	@Override
	public void close() {
		this.greenMail.stop();
	}

}
