package se.lofte.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTests {

    @Test
    void addressesAndRangesAreWrittenAsRangesWithTheirMasks() {
        TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, ::1  10.0.4.0/24,2001:db8::/32 ");

        assertThat(proxies.ranges()).isEqualTo("127.0.0.1/32, 0:0:0:0:0:0:0:1/128, 10.0.4.0/24, 2001:db8:0:0:0:0:0:0/32");
        assertThat(proxies.contains("127.0.0.1")).isTrue();
        assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("10.0.4.200")).isTrue();
        assertThat(proxies.contains("2001:db8:ffff:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("10.0.5.1")).isFalse();
        assertThat(proxies.contains("127.0.0.2")).isFalse();
        assertThat(proxies.contains("192.168.1.1")).isFalse();
    }

    @Test
    void nothingConfiguredTrustsNobody() {
        for (String nothing : new String[] {"", "  ", null}) {
            TrustedProxies proxies = TrustedProxies.parse(nothing);
            assertThat(proxies.isEmpty()).isTrue();
            assertThat(proxies.contains("127.0.0.1")).isFalse();
            assertThat(proxies.contains("10.0.0.1")).isFalse();
        }
    }

    @Test
    void hostNamesPatternsAndBadMasksAreRefusedAtStartWithTheEntry() {
        assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, proxy.example.se"))
                .hasMessageContaining("'proxy.example.se'").hasMessageContaining("not a host name");
        assertThatThrownBy(() -> TrustedProxies.parse("10\\.\\d+\\.\\d+\\.\\d+"))
                .hasMessageContaining("not a host name or pattern");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("from 0 to 32");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("'10.0.0.0/x'");
        assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxies.parse("2001:db8::zz")).hasMessageContaining("not an IP address");
    }

    @Test
    void thePortOfAForwardedHostIsTheVisitorsPort() {
        assertThat(ProxyHeadersValve.portOf("lofte.example.se:8443")).hasValue("8443");
        assertThat(ProxyHeadersValve.portOf("[2001:db8::1]:8443, inner.example:8080")).hasValue("8443");
        assertThat(ProxyHeadersValve.portOf("lofte.example.se")).isEmpty();
        assertThat(ProxyHeadersValve.portOf("[2001:db8::1]")).isEmpty();
        assertThat(ProxyHeadersValve.portOf("lofte.example.se:99999")).isEmpty();
        assertThat(ProxyHeadersValve.portOf("lofte.example.se:0")).isEmpty();
        assertThat(ProxyHeadersValve.portOf(null)).isEmpty();
    }
}
