package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

    @Test
    void anIpv4AddressIsItsOwnClient() {
        assertThat(ClientAddress.of("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void everyAddressOfAnIpv6SlashSixtyFourIsOneClient() {
        assertThat(ClientAddress.of("2001:db8:7:8:1:2:3:4")).isEqualTo("2001:db8:7:8:0:0:0:0/64")
                .isEqualTo(ClientAddress.of("2001:db8:7:8:ffff:ffff:ffff:ffff"))
                .isEqualTo(ClientAddress.of("2001:DB8:7:8::9"));
        assertThat(ClientAddress.of("2001:db8:7:9::1")).isEqualTo("2001:db8:7:9:0:0:0:0/64");
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:0/64");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Client() {
        assertThat(ClientAddress.of("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    }
}
