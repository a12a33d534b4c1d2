package se.lofte.surveys;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the surveys' one setting, checked at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {
}
