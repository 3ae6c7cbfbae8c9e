package com.spautopia.localstack;

/**
 * Where the local platform's infrastructure listens, and the local (not real) Twilio
 * account the SMS simulator accepts and the notification service uses.
 */
final class LocalDefaults {

	static final String HOST = "127.0.0.1";

	static final int KAFKA_PORT = 9092;

	static final int KAFKA_CONTROLLER_PORT = 9093;

	static final int MONGO_PORT = 27017;

	static final int SMS_PORT = 8089;

	static final int SMTP_PORT = 3025;

	static final int INBOX_PORT = 8025;

	/** The token issuer (Spring Authorization Server) the services trust. */
	static final int AUTH_PORT = 9000;

	static final String AUTH_MODULE = "auth-server";

	/**
	 * The local Twilio account the simulator accepts and the notification service uses:
	 * not a real one.
	 */
	static final String TWILIO_ACCOUNT_SID = "ACLOCAL000000000000000000000000000";

	static final String TWILIO_AUTH_TOKEN = "local-auth-token";

	static final String TWILIO_FROM_NUMBER = "+15005550006";

	private LocalDefaults() {
	}

}
