package com.spautopia.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that every port the platform needs is free before anything starts, so a busy
 * port never leaves the platform started half-way.
 */
public final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Throws naming every busy port and what needs it, or returns if all are free.
	 * @param ports the ports to check
	 */
	public static void ensureFree(Collection<RequiredPort> ports) {
		List<RequiredPort> busy = ports.stream().filter((port) -> !isFree(port.port())).toList();
		if (!busy.isEmpty()) {
			String list = busy.stream().map(RequiredPort::toString).collect(Collectors.joining(", "));
			throw new LocalStackException("Port " + list + (busy.size() == 1 ? " is" : " are")
					+ " already in use. Stop whatever listens there (an earlier local stack? see `ss -ltnp`)"
					+ " and start again; nothing was started.");
		}
	}

	/**
	 * Whether nothing listens on the port, on any local address: binding the wildcard
	 * address fails while another socket listens on the port on any interface.
	 * @param port the port
	 * @return {@code true} if the port can be bound
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
