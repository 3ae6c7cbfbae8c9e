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

	/**
	 * Renders one kind of message for every channel from {@code <kind>/sms.txt},
	 * {@code <kind>/email-subject.txt}, {@code <kind>/email.txt} and
	 * {@code <kind>/email.html}. When the SMS needs more than {@code maxSmsSegments}
	 * segments it is made plain GSM-7 if that helps, and {@code <kind>/sms-short.txt} is
	 * used instead if it exists.
	 * @param kind the kind, such as {@code confirmation}
	 * @param variables the templates' variables
	 * @param maxSmsSegments the segments the SMS should fit in
	 * @return the rendered message
	 */
	public RenderedMessage renderMessage(String kind, Map<String, Object> variables, int maxSmsSegments) {
		return new RenderedMessage(renderSms(kind, variables, maxSmsSegments),
				render(kind + "/email-subject.txt", variables), render(kind + "/email.txt", variables),
				render(kind + "/email.html", variables));
	}

	/**
	 * Renders one kind of message for SMS only; see
	 * {@link #renderMessage(String, Map, int)}.
	 * @param kind the kind, such as {@code confirmation}
	 * @param variables the templates' variables
	 * @param maxSmsSegments the segments the SMS should fit in
	 * @return the SMS text
	 */
	public String renderSms(String kind, Map<String, Object> variables, int maxSmsSegments) {
		String sms = SmsSegments.fit(render(kind + "/sms.txt", variables), maxSmsSegments);
		if (SmsSegments.of(sms).segments() > maxSmsSegments && exists(kind + "/sms-short.txt")) {
			sms = SmsSegments.fit(render(kind + "/sms-short.txt", variables), maxSmsSegments);
		}
		return sms;
	}

	private static boolean exists(String template) {
		return MessageTemplates.class.getClassLoader().getResource(PREFIX + template) != null;
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
