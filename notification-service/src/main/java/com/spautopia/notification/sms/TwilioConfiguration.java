package com.spautopia.notification.sms;

import java.net.URI;

import com.twilio.http.TwilioRestClient;
import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Twilio REST client: one per application, with a connection pool sized for the SMS
 * sent in parallel, bounded timeouts, no retries of its own (neither Apache's nor the
 * SDK's: the dispatcher's retry schedule is the only one), and routed to
 * {@code spa.twilio.api-url} when that is set; its requests are observed and carry the
 * trace context.
 */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(TwilioConfiguration.class);

	@Bean
	TwilioRestClient twilioRestClient(TwilioProperties properties, TwilioHttpProperties http,
			ObservationRegistry observations) {
		HttpClientBuilder builder = HttpClientBuilder.create()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(http.maxConnections())
				.setMaxConnPerRoute(http.maxConnections())
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(http.connectTimeout()))
					.setSocketTimeout(Timeout.of(http.responseTimeout()))
					.build())
				.build())
			.disableAutomaticRetries();
		if (properties.routesToApiUrl()) {
			URI apiUrl = URI.create(properties.apiUrl());
			logger.warn("Twilio API requests go to {} instead of api.twilio.com", apiUrl);
			builder
				.setRoutePlanner(new FixedHostRoutePlanner(new HttpHost("http", apiUrl.getHost(), apiUrl.getPort())));
		}
		return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
			.httpClient(new RetryAfterHttpClient(builder, observations))
			.build();
	}

}
