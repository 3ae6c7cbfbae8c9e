package com.spautopia.promotion.definition;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A promotion request whose fields agree with each other and names only known treatments.
 */
@Documented
@Constraint(validatedBy = ConsistentPromotionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentPromotion {

	String message() default "is not a consistent promotion";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
