package dev.accord.platform;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageLocaleResolver();
	}

	/**
	 * Right after the character encoding filter (a form is read in the request's encoding) and before
	 * all others, so that even the device fast path only sees requests it can answer.
	 */
	@Bean
	FilterRegistrationBean<RequestGuard> requestGuard(Problems problems,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
		FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(
				new RequestGuard(problems, maxFormSize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Tomcat answers an encoded slash ({@code %2F}) itself, with its own HTML page; passed through,
	 * the firewall refuses it like every other odd path ({@link FirewallRefusals}).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
	}

	/** Tomcat's own refusals answer problem+json under {@code /api/} ({@link ContainerErrorReport}). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsProblems(MessageSource messages) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(ContainerErrorReport.class.getName());
			host.getPipeline().addValve(new ContainerErrorReport(messages));
		});
	}

	/** Before Spring Session's filter (which needs the database to find a session), after character encoding. */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(Problems problems,
			ObjectProvider<ThymeleafViewResolver> views, LocaleResolver localeResolver, AccordProperties properties) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(problems, views, localeResolver, properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/error");
	}

}
