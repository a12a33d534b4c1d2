package se.lofte.publishing.cache;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import se.lofte.shared.LofteProperties;

/**
 * Puts the {@link PublicPageCache} in front of every other filter: a page served from it needs no session
 * lookup, no security filter, no controller and no request observation, so that it costs little more than
 * Tomcat's own handling of the request (about 0.05 ms of CPU, docs/performance.md); the price is that pages
 * served from the cache are not in the {@code http.server.requests} metrics. Its settings are in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageCacheConfiguration {

    /** Before Boot's character encoding and observation filters, and Spring Session's (Integer.MIN_VALUE + 50). */
    static final int ORDER = Integer.MIN_VALUE;

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(PublicVersion version, LocaleResolver languages,
            Clock clock,
            LofteProperties properties) {
        var cache = properties.publicCache();
        var registration = new FilterRegistrationBean<>(new PublicPageCache(version, languages,
                clock, cache.maxSize().toBytes(), cache.maxLifetime(), cache.maxAge(), cache.staleWhileRevalidate()));
        registration.setOrder(ORDER);
        // lofte.public-cache.enabled=false leaves the filter out; a setting read at run time rather than a
        // condition on the bean, which a jar built with Spring's AOT processing would settle at build time.
        registration.setEnabled(cache.enabled());
        registration.addUrlPatterns("/*");
        return registration;
    }
}
