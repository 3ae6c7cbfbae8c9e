package com.spautopia.notification.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders message templates from {@code classpath:templates/notification/}: names ending
 * in {@code .txt} in Thymeleaf's TEXT mode (SMS, plain-text email), names ending in
 * {@code .html} in HTML mode. Kept apart from the web's template engine. Their words come
 * from Spring's {@link MessageSource} ({@code notification-messages.properties}, English,
 * and {@code notification-messages_pl.properties}), as {@code #{key(args)}} in the
 * templates, in the language each message is rendered in.
 */
@Component
public class MessageTemplates {

	private static final String PREFIX = "templates/notification/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages = messageSource();

	public MessageTemplates() {
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		this.engine.setTemplateEngineMessageSource(this.messages);
	}

	/**
	 * One message of {@code notification-messages}, for text written outside templates
	 * (calendar invitations).
	 * @param key the message's key
	 * @param locale the language
	 * @param arguments its arguments
	 * @return the text
	 */
	public String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Renders a template.
	 * @param template the template's name under {@code templates/notification/}, such as
	 * {@code confirmation/sms.txt}
	 * @param variables the template's variables
	 * @return the rendered text, without leading or trailing white space
	 */
	public String render(String template, Map<String, Object> variables) {
		return render(template, variables, Locale.ENGLISH);
	}

	/**
	 * Renders a template in a language.
	 * @param template the template's name under {@code templates/notification/}
	 * @param variables the template's variables
	 * @param locale the language
	 * @return the rendered text, without leading or trailing white space
	 */
	public String render(String template, Map<String, Object> variables, Locale locale) {
		return this.engine.process(template, new Context(locale, variables)).strip();
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
		return renderMessage(kind, variables, maxSmsSegments, Locale.ENGLISH);
	}

	/**
	 * Renders one kind of message for every channel in a language; see
	 * {@link #renderMessage(String, Map, int)}.
	 * @param kind the kind, such as {@code confirmation}
	 * @param variables the templates' variables
	 * @param maxSmsSegments the segments the SMS should fit in
	 * @param locale the language
	 * @return the rendered message
	 */
	public RenderedMessage renderMessage(String kind, Map<String, Object> variables, int maxSmsSegments,
			Locale locale) {
		return new RenderedMessage(renderSms(kind, variables, maxSmsSegments, locale),
				render(kind + "/email-subject.txt", variables, locale), render(kind + "/email.txt", variables, locale),
				render(kind + "/email.html", variables, locale));
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
		return renderSms(kind, variables, maxSmsSegments, Locale.ENGLISH);
	}

	/**
	 * Renders one kind of message for SMS only, in a language; see
	 * {@link #renderMessage(String, Map, int)}.
	 * @param kind the kind, such as {@code confirmation}
	 * @param variables the templates' variables
	 * @param maxSmsSegments the segments the SMS should fit in
	 * @param locale the language
	 * @return the SMS text
	 */
	public String renderSms(String kind, Map<String, Object> variables, int maxSmsSegments, Locale locale) {
		String sms = SmsSegments.fit(render(kind + "/sms.txt", variables, locale), maxSmsSegments);
		if (SmsSegments.of(sms).segments() > maxSmsSegments && exists(kind + "/sms-short.txt")) {
			sms = SmsSegments.fit(render(kind + "/sms-short.txt", variables, locale), maxSmsSegments);
		}
		return sms;
	}

	private static MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("notification-messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// a language without its own file is English (the base file), whatever the JVM's
		// locale
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
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
