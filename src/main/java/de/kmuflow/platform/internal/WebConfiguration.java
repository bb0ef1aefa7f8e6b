package de.kmuflow.platform.internal;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** kmu-flow's pages speak German unless the user picks English with {@code ?lang=en}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("kmuflow-lang");
		resolver.setDefaultLocale(Locale.GERMAN);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
