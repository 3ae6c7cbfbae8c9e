package com.spautopia.notification.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders message templates from {@code classpath:templates/notification/}: names ending
 * in {@code .txt} in Thymeleaf's TEXT mode (SMS, plain-text email), names ending in
 * {@code .html} in HTML mode. Kept apart from the web's template engine.
 */
@Component
public class MessageTemplates {

	private static final String PREFIX = "templates/notification/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	public MessageTemplates() {
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
	}

	/**
	 * Renders a template.
	 * @param template the template's name under {@code templates/notification/}, such as
	 * {@code confirmation/sms.txt}
	 * @param variables the template's variables
	 * @return the rendered text, without leading or trailing white space
	 */
	public String render(String template, Map<String, Object> variables) {
		return this.engine.process(template, new Context(Locale.ENGLISH, variables)).strip();
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MessageTemplates.class.getClassLoader());
		resolver.setPrefix(PREFIX);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

}
