package se.lofte.publishing.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts the {@link PublicPageCache} in front of everything else but character encoding: a page served from it
 * needs no session lookup, no security filter and no controller. Its settings are in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "lofte.public-cache.enabled", havingValue = "true")
class PageCacheConfiguration {

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50), after Boot's character encoding filter. */
    static final int ORDER = Integer.MIN_VALUE + 40;

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(PublicVersion version, Optional<Clock> clock,
            @Value("${lofte.public-cache.max-size}") DataSize maxSize,
            @Value("${lofte.public-cache.max-lifetime}") Duration maxLifetime,
            @Value("${lofte.public-cache.max-age}") Duration maxAge,
            @Value("${lofte.public-cache.stale-while-revalidate}") Duration staleWhileRevalidate) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(version,
                clock.orElse(Clock.systemUTC()), maxSize.toBytes(), maxLifetime, maxAge, staleWhileRevalidate));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
