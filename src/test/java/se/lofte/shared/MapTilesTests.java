package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapTilesTests {

    @Test
    void theTileServersOriginIsTheContentSecuritySource() {
        assertThat(source(MapTiles.DEFAULT_URL)).isEqualTo("https://tile.openstreetmap.org");
        assertThat(source("http://127.0.0.1:8090/tiles/{z}/{x}/{y}.png")).isEqualTo("http://127.0.0.1:8090");
        assertThat(source("HTTPS://Tiles.Example.se/{z}/{x}/{y}.png?key=abc")).isEqualTo("https://Tiles.Example.se");
    }

    @Test
    void aSubdomainPlaceholderAllowsEverySubdomain() {
        assertThat(source("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.openstreetmap.org");
    }

    @Test
    void tilesFromThisSiteNeedNoSource() {
        assertThat(source("/tiles/{z}/{x}/{y}.png")).isEmpty();
    }

    @Test
    void aUrlThatCouldOpenThePolicyIsRefused() {
        for (String url : new String[] {"tile.openstreetmap.org/{z}/{x}/{y}.png", "//evil.example/{z}.png",
                "https://a.example; script-src *", "https://*/{z}.png", "data:image/png", ""}) {
            assertThatThrownBy(() -> source(url)).as(url).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(MapTiles.URL_PROPERTY);
        }
    }

    private static String source(String url) {
        return new MapTiles(url, "").contentSecuritySource();
    }
}
