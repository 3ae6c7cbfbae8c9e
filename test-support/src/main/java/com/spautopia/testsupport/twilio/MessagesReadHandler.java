package com.spautopia.testsupport.twilio;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * {@code GET /messages} lists the recorded messages (oldest first) as JSON;
 * {@code DELETE /messages} forgets them.
 */
final class MessagesReadHandler implements HttpHandler {

	private final MessageStore store;

	MessagesReadHandler(MessageStore store) {
		this.store = store;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!exchange.getRequestURI().getPath().equals("/messages")) {
				HttpExchanges.sendError(exchange, TwilioError.notFound(exchange.getRequestURI().getPath()));
			}
			else if ("GET".equals(exchange.getRequestMethod())) {
				HttpExchanges.sendJson(exchange, 200,
						this.store.all().stream().map(MessagesReadHandler::toJson).toList());
			}
			else if ("DELETE".equals(exchange.getRequestMethod())) {
				this.store.clear();
				HttpExchanges.send(exchange, 204, "application/json", new byte[0]);
			}
			else {
				HttpExchanges.sendError(exchange, TwilioError.methodNotAllowed());
			}
		}
	}

	static Map<String, Object> toJson(SimulatedSms sms) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sid", sms.sid());
		json.put("from", sms.from());
		json.put("messagingServiceSid", sms.messagingServiceSid());
		json.put("to", sms.to());
		json.put("body", sms.body());
		json.put("statusCallback", sms.statusCallback());
		json.put("status", sms.status());
		json.put("acceptedAt", sms.acceptedAt().toString());
		return json;
	}

	static List<Map<String, Object>> toJson(List<SimulatedSms> messages) {
		return messages.stream().map(MessagesReadHandler::toJson).toList();
	}

}
