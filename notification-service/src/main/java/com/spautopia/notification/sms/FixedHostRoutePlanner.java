package com.spautopia.notification.sms;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Sends every request to one host over plain HTTP, whatever the request's URL says. The
 * Twilio SDK always builds {@code https://api.twilio.com/...} URLs; this routes them to a
 * local simulator while the request line and the {@code Host} header stay Twilio's.
 */
class FixedHostRoutePlanner implements HttpRoutePlanner {

	private final HttpRoute route;

	FixedHostRoutePlanner(HttpHost host) {
		this.route = new HttpRoute(host);
	}

	@Override
	public HttpRoute determineRoute(HttpHost target, HttpContext context) {
		return this.route;
	}

}
