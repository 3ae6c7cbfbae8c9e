package com.spautopia.localstack;

/**
 * A TCP port the platform needs, and what needs it.
 *
 * @param port the port number
 * @param owner what listens on it, e.g. "Kafka broker"
 */
public record RequiredPort(int port, String owner) {

	@Override
	public String toString() {
		return this.port + " (" + this.owner + ")";
	}

}
