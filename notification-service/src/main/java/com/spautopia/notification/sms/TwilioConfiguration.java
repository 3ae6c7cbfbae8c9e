package com.spautopia.notification.sms;

import java.net.URI;
import java.time.Duration;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Twilio REST client: one per application, with bounded timeouts and no automatic
 * HTTP retries, and routed to {@code spa.twilio.api-url} when that is set.
 */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(TwilioConfiguration.class);

	private static final Timeout CONNECT_TIMEOUT = Timeout.of(Duration.ofSeconds(5));

	private static final Timeout RESPONSE_TIMEOUT = Timeout.of(Duration.ofSeconds(15));

	@Bean
	TwilioRestClient twilioRestClient(TwilioProperties properties) {
		HttpClientBuilder http = HttpClientBuilder.create()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(RESPONSE_TIMEOUT).build())
			// the Kafka binding retries (bounded, counted per message); no second layer
			// here
			.disableAutomaticRetries();
		if (properties.routesToApiUrl()) {
			URI apiUrl = URI.create(properties.apiUrl());
			logger.warn("Twilio API requests go to {} instead of api.twilio.com", apiUrl);
			http.setRoutePlanner(new FixedHostRoutePlanner(new HttpHost("http", apiUrl.getHost(), apiUrl.getPort())));
		}
		return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
			.httpClient(new NetworkHttpClient(http))
			.build();
	}

}
