package com.spautopia.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Secures a service's HTTP API with the {@link EndpointAccess} bean it declares: see
 * {@link SpaSecurityConfiguration}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SpaSecurityConfiguration.class)
public @interface EnableSpaSecurity {

}
