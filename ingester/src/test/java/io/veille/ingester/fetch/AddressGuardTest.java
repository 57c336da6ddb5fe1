package io.veille.ingester.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTest {
    private final AddressGuard strict = AddressGuard.strict();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "100.64.0.1", "169.254.169.254", "169.254.0.1", "0.0.0.0", "::", "224.0.0.1", "239.255.255.250", "ff02::1",
            "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
            "::7f00:1", "255.255.255.255"})
    void nonPublicAddressesAreRefused(String address) throws Exception {
        assertThat(strict.refusal(InetAddress.getByName(address))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(strict.refusal(InetAddress.getByName(address))).isNull();
    }

    @Test
    void loopbackPassesOnlyWhenAllowedAndPrivateStillDoesNot() throws Exception {
        AddressGuard demo = new AddressGuard(true, false);
        assertThat(demo.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
        assertThat(demo.refusal(InetAddress.getByName("::1"))).isNull();
        assertThat(demo.refusal(InetAddress.getByName("10.0.0.1"))).isEqualTo("private");
        assertThat(demo.refusal(InetAddress.getByName("169.254.169.254"))).isEqualTo("link-local");
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsNotPublic() {
        AddressGuard guard = new AddressGuard(false, false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")});
        assertThatThrownBy(() -> guard.check(URI.create("https://rebind.example/feed")))
                .isInstanceOf(FetchException.class).hasMessageContaining("private address 10.0.0.5");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> strict.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> strict.check(URI.create("gopher://example.org/"))).hasMessageContaining("only http and https");
    }
}
