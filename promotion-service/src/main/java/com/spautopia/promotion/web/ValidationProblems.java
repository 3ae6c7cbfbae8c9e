package com.spautopia.promotion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details for invalid requests, naming every field at fault.
 */
@RestControllerAdvice
class ValidationProblems extends ResponseEntityExceptionHandler {

	private static final String INVALID = "The request has invalid fields.";

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach((error) -> errors.add(describe(error)));
		ex.getBindingResult().getGlobalErrors().forEach((error) -> errors.add(describe(error)));
		return invalid(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors parameterErrors) {
				parameterErrors.getFieldErrors().forEach((error) -> errors.add(describe(error)));
			}
			else {
				String name = parameterName(result.getMethodParameter());
				result.getResolvableErrors()
					.forEach((error) -> errors.add(Map.of("field", name, "message",
							(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid")));
			}
		}
		return invalid(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return invalid(List.of(Map.of("field", ex.getParameterName(), "message", "is required")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		this.logger.debug("Unreadable request body: " + ex.getMessage());
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-request",
				"The request body is not valid JSON of the expected shape.");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(Map.of("field", ex.getName(), "message", "is not a valid value")));
	}

	// constraints of a @Validated bean's parameters, checked before Spring MVC's own
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			String field = null;
			for (Path.Node node : violation.getPropertyPath()) {
				field = node.getName();
			}
			errors.add(Map.of("field", (field != null) ? field : "request", "message", violation.getMessage()));
		}
		return invalid(errors);
	}

	private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", INVALID);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "request";
	}

	private static Map<String, String> describe(FieldError error) {
		return Map.of("field", error.getField(), "message", message(error));
	}

	private static Map<String, String> describe(ObjectError error) {
		return Map.of("field", error.getObjectName(), "message", message(error));
	}

	private static String message(ObjectError error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
	}

}
