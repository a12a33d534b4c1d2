package se.lofte.publishing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The feeds and share images are routes, not page controllers: the page frame's model attribute, which every
 * {@code @Controller} gets, reads the CSRF token and so opens a session. A feed reader polling every few
 * minutes, or a link preview fetching an image, would leave a stored session behind each time.
 */
@Configuration(proxyBeanMethods = false)
class FeedRoutes {

    private static final String PROMISE = "/kommun/{slug}/medborgarlofte/{year:\\d{4}}";

    @Bean
    RouterFunction<ServerResponse> feedsAndShareImages(FeedPages feeds, ShareImagePage images) {
        return RouterFunctions.route()
                .GET("/flode.atom", feeds::national)
                .GET("/kommun/{slug}/flode.atom", feeds::municipality)
                .GET(PROMISE + "/flode.atom", feeds::promise)
                .GET(PROMISE + "/delningsbild.png", images::image)
                .build();
    }
}
