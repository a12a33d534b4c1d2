package se.lofte.site;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Swedish first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.of("sv");

    /** Boot's own, bundle-based source backs off for a bean of this name. */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        return new SiteMessages(Arrays.stream(basenames).map(String::strip).toList(), getClass().getClassLoader());
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("lofte-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // Only the server reads the language choice; no script needs it and no other site should send it.
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
