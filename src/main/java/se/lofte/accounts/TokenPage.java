package se.lofte.accounts;

import java.util.List;

/** One page of API tokens, newest first, with where it stands among all of them. */
public record TokenPage(List<ApiToken> tokens, int page, int pages, long total) {

    public static final int SIZE = 50;

    public TokenPage {
        tokens = List.copyOf(tokens);
    }
}
