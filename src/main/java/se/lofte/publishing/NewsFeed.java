package se.lofte.publishing;

import java.util.List;

/**
 * A feed of news: about one promise, a municipality's promises or all of them. {@code key} names it for
 * good ("municipality/1460") and becomes the tail of its Atom id; {@code path} is the public page it follows
 * and {@code authors} the organisations that speak in it.
 */
public record NewsFeed(String key, String title, String path, List<String> authors, List<NewsEntry> entries) {

    public NewsFeed {
        authors = List.copyOf(authors);
        entries = List.copyOf(entries);
    }

    /** Where the feed of a public page is: {@code flode.atom} beside it ({@code /flode.atom} for the home page). */
    public static String feedPath(String pagePath) {
        return (pagePath.endsWith("/") ? pagePath : pagePath + "/") + "flode.atom";
    }

    public String feedPath() {
        return feedPath(path);
    }
}
