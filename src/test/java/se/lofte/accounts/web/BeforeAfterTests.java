package se.lofte.accounts.web;

import org.junit.jupiter.api.Test;

import se.lofte.accounts.web.BeforeAfter.Change;

import static org.assertj.core.api.Assertions.assertThat;

class BeforeAfterTests {

    @Test
    void listsOnlyTheFieldsThatChangedByTheirPath() {
        assertThat(BeforeAfter.between(
                "{\"state\":\"DRAFT\",\"content\":{\"title\":\"A\",\"goals\":[{\"text\":\"x\"}]},\"n\":1}",
                "{\"state\":\"DRAFT\",\"content\":{\"title\":\"B\",\"goals\":[{\"text\":\"x\"},{\"text\":\"y\"}]},\"n\":2}"))
                .containsExactly(new Change("content.title", "A", "B"),
                        new Change("content.goals[1].text", null, "y"),
                        new Change("n", "1", "2"));
    }

    @Test
    void somethingNewHasOnlyAfterValues() {
        assertThat(BeforeAfter.between(null, "{\"page\":null,\"emailGiven\":true,\"tags\":[]}"))
                .containsExactly(new Change("page", null, "null"), new Change("emailGiven", null, "true"),
                        new Change("tags", null, "[]"));
    }

    @Test
    void fieldsThatDisappearComeLast() {
        assertThat(BeforeAfter.between("{\"a\":\"1\",\"b\":\"2\"}", "{\"b\":\"3\"}"))
                .containsExactly(new Change("b", "2", "3"), new Change("a", "1", null));
    }

    @Test
    void nothingChangedIsAnEmptyList() {
        assertThat(BeforeAfter.between("{\"a\":[1,2]}", "{\"a\":[1,2]}")).isEmpty();
    }
}
