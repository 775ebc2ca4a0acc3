package io.aiva.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeliveryTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.215.14",
            "internal.example.com", "10.1.2.3",
            "mixed.example.com", "93.184.215.14,192.168.1.9",
            "v6.example.com", "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
            "ula.example.com", "fd12:3456:789a::1");

    private final DeliveryTargets production = new DeliveryTargets(false, DeliveryTargetsTest::resolve);
    private final DeliveryTargets development = new DeliveryTargets(true, DeliveryTargetsTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String addresses = DNS.get(host);
        if (addresses == null) {
            if (Character.isDigit(host.charAt(0)) || host.startsWith("[") || host.contains(":")) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        String[] literals = addresses.split(",");
        InetAddress[] resolved = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            resolved[i] = InetAddress.getByName(literals[i]);
        }
        return resolved;
    }

    @Test
    void acceptsHttpsToPublicAddresses() {
        assertThat(production.refusal("https://hooks.example.com/aiva?x=1")).isEmpty();
        assertThat(production.refusal("https://v6.example.com/aiva")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://127.0.0.1/hook", "https://localhost.localdomain.invalid/", "https://10.0.0.8/", "https://172.16.5.4/",
        "https://192.168.0.1/", "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://100.64.1.1/",
        "https://[::1]/", "https://[fe80::1]/", "https://[fd00::5]/", "https://internal.example.com/",
        "https://mixed.example.com/", "https://ula.example.com/", "https://224.0.0.1/", "https://198.18.0.7/"})
    void refusesAnythingThatIsNotPublicOrDoesNotResolve(String url) {
        assertThat(production.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/", "ftp://hooks.example.com/", "hooks.example.com/path",
        "https://user:password@hooks.example.com/", "https:///nohost", "not a url"})
    void refusesWhatIsNotAnAbsoluteHttpsUrl(String url) {
        assertThat(production.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("https"));
    }

    @Test
    void givesTheConnectionOnlyAddressesFromALookupThatPassedTheRule() throws UnknownHostException {
        assertThat(production.addresses("hooks.example.com")).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThatThrownBy(() -> production.addresses("mixed.example.com")).isInstanceOf(DeliveryTargets.NonPublicAddressException.class);
        assertThatThrownBy(() -> production.addresses("127.0.0.1")).isInstanceOf(DeliveryTargets.NonPublicAddressException.class);
        assertThatThrownBy(() -> production.addresses("nowhere.example.com")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(DeliveryTargets.NonPublicAddressException.class);
        assertThat(development.addresses("internal.example.com")).extracting(InetAddress::getHostAddress).containsExactly("10.1.2.3");
    }

    @Test
    void developmentAllowsLoopbackAndPlainHttpSoThatLocalReceiversWork() {
        assertThat(development.refusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(development.refusal("http://localhost:8089/hook")).isEmpty();
        assertThat(development.refusal("ftp://localhost/hook")).isPresent();
    }
}
