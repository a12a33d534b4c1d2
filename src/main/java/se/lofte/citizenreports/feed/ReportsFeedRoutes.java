package se.lofte.citizenreports.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A route, not a page controller, like the promises' feeds: every {@code @Controller} gets the page frame's
 * model attribute, which reads the CSRF token and so stores a session for each feed reader's poll.
 */
@Configuration(proxyBeanMethods = false)
class ReportsFeedRoutes {

    @Bean
    RouterFunction<ServerResponse> citizenReportsFeed(ReportsFeed feed) {
        return RouterFunctions.route().GET("/kommun/{slug}/rapporter.atom", feed::municipality).build();
    }
}
