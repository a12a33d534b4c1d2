package se.lofte.site;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.lofte.shared.LofteProperties;

/**
 * Who the client is and how it reached Löfte, behind a proxy: {@link ProxyHeadersValve} in front of
 * everything else in Tomcat, so that the session cookie's Secure flag, HSTS, the rate limits and every
 * address Löfte makes see the same request. Spring Boot's own forwarded-header support is off
 * ({@code server.forward-headers-strategy=none}): it would trust every private address.
 */
@Configuration(proxyBeanMethods = false)
class ProxyHeaders {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> proxyHeadersValve(
            LofteProperties properties) {
        TrustedProxies proxies = TrustedProxies.parse(properties.trustedProxies());
        return factory -> factory.addEngineValves(new ProxyHeadersValve(proxies));
    }
}
