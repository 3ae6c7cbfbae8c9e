package com.spautopia.promotion.inbound;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import com.spautopia.events.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters for the bindings consumed in batches (the binder's own only
 * work record by record): the handler names the record that failed, the records before it
 * are committed, it is retried with the binding's back-off (an
 * {@link InvalidEventException} is not retried) and then published to the binding's
 * dead-letter topic with the same {@code x-original-*} and {@code x-exception-*} headers
 * the binder writes, and the batch goes on after it. Bindings consumed record by record
 * keep the binder's retries and dead letters.
 */
@Component
class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(BatchDeadLetters.class);

	/** How many times a dead letter's record was tried. */
	static final String ATTEMPTS_HEADER = "x-delivery-attempts";

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final Attempts attempts = new Attempts();

	BatchDeadLetters(Environment environment) {
		Binder binder = Binder.get(environment);
		Map<String, Object> configuration = new HashMap<>();
		binder.bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
			.ifBound(configuration::putAll);
		binder.bind("spring.cloud.stream.kafka.binder.producer-properties", Bindable.mapOf(String.class, String.class))
			.ifBound(configuration::putAll);
		configuration.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092"));
		configuration.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producers = new DefaultKafkaProducerFactory<>(configuration, new ByteArraySerializer(),
				new ByteArraySerializer());
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			@Nullable BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
			@Nullable BackOff backOff) {
		// record-by-record bindings: the binder retries and dead-letters (see
		// retryAndDlqInBinding)
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			@Nullable BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
			@Nullable BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
		if (!properties.isBatchMode()) {
			return;
		}
		DefaultErrorHandler errors;
		BackOff retries = (backOff != null) ? backOff : new FixedBackOff(0, 0);
		if (properties.getExtension().isEnableDlq() && dlqDestinationResolver != null) {
			DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
					new KafkaTemplate<>(this.producers), dlqDestinationResolver);
			deadLetters.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
			deadLetters.setFailIfSendResultIsError(true);
			deadLetters.setHeadersFunction((record, ex) -> new RecordHeaders(List.of(new RecordHeader(ATTEMPTS_HEADER,
					String.valueOf(this.attempts.of(record)).getBytes(StandardCharsets.UTF_8)))));
			// the dead letter tells what went wrong with its record, not how the failure
			// travelled up to the container
			ConsumerAwareRecordRecoverer recoverer = (record, consumer, ex) -> deadLetters.accept(record, consumer,
					recordFailure(ex));
			errors = new DefaultErrorHandler(recoverer, retries);
		}
		else {
			errors = new DefaultErrorHandler(retries);
		}
		errors.addNotRetryableExceptions(InvalidEventException.class);
		errors.setRetryListeners(this.attempts);
		container.setCommonErrorHandler(errors);
		logger.debug("Batches of {} ({}): retried, then dead-lettered", destinationName, group);
	}

	/**
	 * What failed the record: the cause the handler gave its
	 * {@link BatchListenerFailedException}.
	 */
	private static Exception recordFailure(Exception thrown) {
		for (Throwable failure = thrown; failure != null; failure = failure.getCause()) {
			if (failure instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception cause) {
				return cause;
			}
		}
		return thrown;
	}

	/**
	 * The binder's names for a dead letter's headers, which operators' tools read.
	 */
	private static HeaderNames binderHeaderNames() {
		return HeaderNames.Builder.original()
			.offsetHeader("x-original-offset")
			.timestampHeader("x-original-timestamp")
			.timestampTypeHeader("x-original-timestamp-type")
			.topicHeader("x-original-topic")
			.partitionHeader("x-original-partition")
			.consumerGroupHeader("x-original-consumer-group")
			.exception()
			.keyExceptionFqcn("x-key-exception-fqcn")
			.exceptionFqcn("x-exception-fqcn")
			.exceptionCauseFqcn("x-exception-cause-fqcn")
			.keyExceptionMessage("x-key-exception-message")
			.exceptionMessage("x-exception-message")
			.keyExceptionStacktrace("x-key-exception-stacktrace")
			.exceptionStacktrace("x-exception-stacktrace")
			.build();
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

	/**
	 * Counts the failed deliveries of the records being retried, and logs them.
	 */
	private static final class Attempts implements RetryListener {

		private final Map<String, Integer> failures = new ConcurrentHashMap<>();

		@Override
		public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception ex, int deliveryAttempt) {
			this.failures.put(key(record), deliveryAttempt);
			logger.warn("Record {} failed (attempt {}); retrying", key(record), deliveryAttempt);
		}

		@Override
		public void recovered(ConsumerRecord<?, ?> record, @Nullable Exception ex) {
			this.failures.remove(key(record));
		}

		/**
		 * How many times the record was tried: once if it was not retried.
		 */
		int of(ConsumerRecord<?, ?> record) {
			return Math.max(1, this.failures.getOrDefault(key(record), 0));
		}

		private static String key(ConsumerRecord<?, ?> record) {
			return record.topic() + "-" + record.partition() + "@" + record.offset();
		}

	}

}
