package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppUrlTest {

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8080/realms/demo/pipush, http://localhost:8080/realms/demo/pipush",
        "HTTP://LocalHost:8080/realms/demo/pipush, http://localhost:8080/realms/demo/pipush",
        "http://192.168.1.50:80/realms/demo/pipush, http://192.168.1.50/realms/demo/pipush",
        "https://kc.example:443/realms/demo/pipush, https://kc.example/realms/demo/pipush",
        "https://kc.example:8443/realms/demo/pipush, https://kc.example:8443/realms/demo/pipush",
        "http://kc.example/realms/d%c3%a9mo/pipush, http://kc.example/realms/d%C3%A9mo/pipush",
        "http://kc.example/realms/%7Edemo/pipush, http://kc.example/realms/~demo/pipush"
    })
    void writesTheUrlAsDartsUriDoes(String sent, String signed) {
        assertThat(AppUrl.canonical(URI.create(sent))).isEqualTo(signed);
    }
}
