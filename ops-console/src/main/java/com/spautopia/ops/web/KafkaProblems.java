package com.spautopia.ops.web;

import com.spautopia.ops.kafka.KafkaUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Kafka not answering is a 503 problem, not a 500.
 */
@RestControllerAdvice
class KafkaProblems {

	@ExceptionHandler(KafkaUnavailableException.class)
	ProblemDetail kafkaUnavailable(KafkaUnavailableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

}
