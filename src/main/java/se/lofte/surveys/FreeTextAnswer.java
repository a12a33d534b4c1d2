package se.lofte.surveys;

/**
 * A free-text answer as staff review it: the response it belongs to, its question, the text as written, whether it
 * may name a person or give a phone number ({@code flagged}), whether someone has read it, and the quote chosen from
 * it for the public results (null when none).
 */
public record FreeTextAnswer(long response, Question question, String text, boolean flagged, boolean reviewed,
                             String quote) {

    /** What names the answer in addresses and forms: response and question. */
    public String key() {
        return response + "-" + question.id();
    }
}
