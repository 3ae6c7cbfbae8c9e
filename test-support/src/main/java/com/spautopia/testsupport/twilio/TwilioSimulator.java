package com.spautopia.testsupport.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.spautopia.testsupport.twilio.FaultPlan.DeliveryFailure;

/**
 * A Twilio-compatible SMS endpoint on {@code 127.0.0.1} for tests and the local run.
 * <p>
 * Serves {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} as the Twilio SDK
 * calls it (Basic auth with the configured account SID and auth token), records every
 * accepted message, moves it through {@code sent} to {@code delivered} (or a configured
 * failure) and posts signed status callbacks. Answers {@code GET
 * /2010-04-01/Accounts/{AccountSid}/Messages.json} as Twilio does (filters {@code To},
 * {@code From}, {@code DateSent}, newest first, paged): see {@link MessagesListHandler}.
 * {@code GET /messages} and {@code DELETE /messages} let people inspect and clear what
 * was sent.
 */
public final class TwilioSimulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TwilioSimulator.class);

	private final String accountSid;

	private final String authToken;

	private final MessageStore store = new MessageStore();

	private final FaultPlan faults = new FaultPlan();

	private final StatusCallbacks callbacks;

	private final MessagesListHandler list;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpServer server;

	private TwilioSimulator(int port, String accountSid, String authToken) throws IOException {
		this.accountSid = accountSid;
		this.authToken = authToken;
		this.callbacks = new StatusCallbacks(accountSid, authToken, this.store);
		this.list = new MessagesListHandler(accountSid, this.store);
		InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		this.server = HttpServer.create(new InetSocketAddress(loopback, port), 1024);
		this.server.createContext("/",
				new MessagesApiHandler(accountSid, authToken, this.faults, this.store, this.callbacks, this.list));
		this.server.createContext("/messages", new MessagesReadHandler(this.store));
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * Start a simulator on a free port.
	 * @param accountSid the account SID clients must authenticate with
	 * @param authToken the auth token clients must authenticate with; also signs
	 * callbacks
	 * @return the running simulator
	 */
	public static TwilioSimulator start(String accountSid, String authToken) {
		return start(0, accountSid, authToken);
	}

	/**
	 * Start a simulator on the given port.
	 * @param port the port, or 0 for a free one
	 * @param accountSid the account SID clients must authenticate with
	 * @param authToken the auth token clients must authenticate with; also signs
	 * callbacks
	 * @return the running simulator
	 */
	public static TwilioSimulator start(int port, String accountSid, String authToken) {
		try {
			TwilioSimulator simulator = new TwilioSimulator(port, accountSid, authToken);
			logger.info("Twilio simulator listening on {}", simulator.baseUrl());
			return simulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the Twilio simulator on port " + port, ex);
		}
	}

	/**
	 * Return the port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Return the simulator's base URL, e.g. {@code http://127.0.0.1:41234}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * Return every accepted message with its latest status, oldest first.
	 * @return the messages
	 */
	public List<SimulatedSms> messages() {
		return this.store.all();
	}

	/**
	 * Return the accepted messages to one recipient, oldest first.
	 * @param e164 the recipient number
	 * @return the messages
	 */
	public List<SimulatedSms> messagesTo(String e164) {
		return this.store.all().stream().filter((sms) -> sms.to().equals(e164)).toList();
	}

	/**
	 * Return the query parameters of every Messages list request, oldest first.
	 * @return the requests' parameters, decoded
	 */
	public List<Map<String, String>> listRequests() {
		return this.list.requests();
	}

	/**
	 * Forget every recorded message and list request.
	 */
	public void clear() {
		this.store.clear();
		this.list.clear();
	}

	/**
	 * Accept messages but hold each answer until {@link #releaseAnswers()}: the message
	 * exists at "Twilio" while its sender still waits, as when a sender dies or times out
	 * between Twilio's acceptance and its own record of it.
	 */
	public void holdAnswers() {
		this.faults.holdAnswers();
	}

	/**
	 * Let the held answers, and every later one, go.
	 */
	public void releaseAnswers() {
		this.faults.releaseAnswers();
	}

	/**
	 * Delay every API response by the given latency; concurrent requests are delayed
	 * independently. {@link Duration#ZERO} turns it off.
	 * @param latency the delay before answering
	 */
	public void respondWithLatency(Duration latency) {
		this.faults.latency(latency);
	}

	/**
	 * Answer the next API requests with an error: 429 (with {@code Retry-After: 1}), 500
	 * or 503, as Twilio-shaped error JSON.
	 * @param count how many requests fail
	 * @param httpStatus the HTTP status to answer with
	 */
	public void failNextRequests(int count, int httpStatus) {
		this.faults.failNext(count, httpStatus);
	}

	/**
	 * Answer a share of the API requests with an error until {@link #resetFaults()}, as
	 * during a partial Twilio outage: of every 100 requests in a row exactly
	 * {@code percent} fail, spread evenly. Nothing is accepted from a failed request.
	 * @param percent the share, 0 to 100
	 * @param httpStatus the HTTP status, e.g. 500 or 503
	 */
	public void failShareOfRequests(int percent, int httpStatus) {
		this.faults.failShare(percent, httpStatus);
	}

	/**
	 * Answer every API request with 429 (Twilio error 20429) and a {@code Retry-After}
	 * header until {@link #resetFaults()}: a rate-limit storm.
	 * @param retryAfterSeconds the seconds {@code Retry-After} names
	 */
	public void tooManyRequests(int retryAfterSeconds) {
		this.faults.tooManyRequests(retryAfterSeconds);
	}

	/**
	 * Post each accepted message's status callbacks out of order and twice (the final
	 * status first, then {@code sent}, then both again) until {@link #resetFaults()}:
	 * Twilio does not promise to post callbacks in order or only once.
	 */
	public void disorderStatusCallbacks() {
		this.faults.disorderCallbacks(true);
	}

	/**
	 * Reject every message to a number permanently, e.g. 21211 (invalid number), 21610
	 * (unsubscribed recipient) or 21614 (not a mobile number), with HTTP 400.
	 * @param to the recipient number
	 * @param twilioErrorCode the Twilio error code
	 */
	public void rejectNumber(String to, int twilioErrorCode) {
		this.faults.reject(to, twilioErrorCode);
	}

	/**
	 * Accept messages to a number but let delivery fail: after {@code sent} the message
	 * ends in {@code status} and the callback carries {@code ErrorCode}.
	 * @param to the recipient number
	 * @param status {@code failed} or {@code undelivered}
	 * @param errorCode the error code, e.g. 30003 (unreachable) or 30006 (landline)
	 */
	public void failDeliveryTo(String to, String status, int errorCode) {
		this.faults.failDelivery(to, new DeliveryFailure(status, errorCode));
	}

	/**
	 * Remove every fault: latency, pending failures, a share of failures, a 429 storm,
	 * disordered callbacks, rejected numbers, failing deliveries.
	 */
	public void resetFaults() {
		this.faults.reset();
	}

	/**
	 * Set the delay before each status change ({@code sent}, then the final status); 50
	 * ms by default.
	 * @param delay the delay between status changes
	 */
	public void statusCallbackDelay(Duration delay) {
		this.callbacks.delay(delay);
	}

	/**
	 * Post an inbound SMS to a webhook as Twilio does: a signed form with
	 * {@code MessageSid}, {@code From}, {@code To}, {@code Body}, {@code NumSegments},
	 * {@code AccountSid} and {@code ApiVersion}.
	 * @param fromE164 the sender (the client)
	 * @param toNumber the receiving number (the platform's)
	 * @param body the text
	 * @param webhookUrl the full webhook URL; it is part of the signature
	 * @return the webhook's HTTP status
	 */
	public int sendInbound(String fromE164, String toNumber, String body, String webhookUrl) {
		return InboundMessages.post(this.accountSid, this.authToken, fromE164, toNumber, body, webhookUrl);
	}

	/**
	 * Stop the simulator and any pending status callbacks.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.callbacks.close();
		this.executor.shutdownNow();
	}

}
