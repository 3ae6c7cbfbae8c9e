package com.spautopia.promotion.support;

import java.time.LocalTime;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * Stores amounts as Decimal128 and times of day as {@code HH:mm} strings, independent of
 * the server's time zone, and bounds how long an operation waits for an unreachable
 * server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoClientProperties.class)
class MongoConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer serverSelectionTimeout(MongoClientProperties properties) {
		long millis = properties.serverSelectionTimeout().toMillis();
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
	}

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create((adapter) -> {
			adapter.bigDecimal(BigDecimalRepresentation.DECIMAL128);
			adapter.registerConverter(new LocalTimeWriter());
			adapter.registerConverter(new LocalTimeReader());
		});
	}

	@WritingConverter
	static final class LocalTimeWriter implements Converter<LocalTime, String> {

		@Override
		public String convert(LocalTime source) {
			return source.toString();
		}

	}

	@ReadingConverter
	static final class LocalTimeReader implements Converter<String, LocalTime> {

		@Override
		public LocalTime convert(String source) {
			return LocalTime.parse(source);
		}

	}

}
