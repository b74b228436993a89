/*
 * Copyright 2026 The flink-blocks authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.flinkblocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.testing.LogCapture;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/** A planted secret never reaches a log line, an exception message or a toString. */
class SecretRedactionTest {

    private static final String SECRET = PlantedSecrets.JAAS_PASSWORD;

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ssl.truststore.password",
                "sasl.jaas.config",
                "aws.credentials.provider.basic.secretkey",
                "SecretKey",
                "aws.session.token",
                "ssl.key.password",
                "ssl.truststore.pasword",
                "sasl.jaas.confg",
                "sasl.jaa{s.config",
                "aws.credentials.provider.basic.secrtkey"
            })
    void secretKeysAreRecognised(String key) {
        assertThat(SecretKeys.isSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aws.region",
                "aws.credentials.provider",
                "stream.name",
                "ssl.truststore.location",
                "bootstrap.servers",
                "aws.credentials.provider.basic.accesskeyid",
                "flink.stream.recordpublisher",
                "session.timeout.ms",
                "security.protocol"
            })
    void ordinaryKeysAreNotSecret(String key) {
        assertThat(SecretKeys.isSecret(key)).isFalse();
    }

    @Test
    void secretNeverAppearsInMessagesToStringOrLogs() throws IOException {
        Path file = dir.resolve("app.json");
        Files.write(
                file,
                ("[{\"PropertyGroupId\": \"Kafka\", \"PropertyMap\": {"
                                + "\"ssl.truststore.password\": \"" + SECRET + "\","
                                + "\"sasl.jaas.config\": \"ScramLoginModule required password=" + SECRET + ";\","
                                + "\"bootstrap.servers\": \"b-1:9096\"}}]")
                        .getBytes(StandardCharsets.UTF_8));

        ApplicationProperties props =
                ApplicationProperties.loader().load(new String[] {"--properties", file.toString()});
        PropertyGroup kafka = props.group("Kafka");

        List<Throwable> errors = List.of(
                catchThrowable(() -> kafka.getInt("ssl.truststore.password")),
                catchThrowable(() -> kafka.getBoolean("sasl.jaas.config")),
                catchThrowable(() -> kafka.getDuration("ssl.truststore.password")),
                catchThrowable(() -> kafka.getByteSize("sasl.jaas.config")),
                catchThrowable(() -> kafka.getEnum(java.time.DayOfWeek.class, "ssl.truststore.password")),
                catchThrowable(() -> kafka.checkKnownKeys(List.of("bootstrap.servers"), true)));
        kafka.checkKnownKeys(List.of("bootstrap.servers"), false);

        assertThat(errors)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(InvalidPropertiesException.class)
                        .hasMessageNotContaining(SECRET));
        assertThat(errors.get(0))
                .hasMessageContaining("key 'ssl.truststore.password': value <redacted> is not an integer");
        assertThat(kafka.toString())
                .doesNotContain(SECRET)
                .contains("ssl.truststore.password=<redacted>")
                .contains("bootstrap.servers=b-1:9096");
        assertThat(props.toString()).doesNotContain(SECRET);
        assertThat(logs.text()).doesNotContain(SECRET).contains("Application properties loaded from");
    }

    @Test
    void rangeErrorsOfSecretKeysAreRedacted() {
        PropertyGroup group = PropertyGroup.of("G", Map.of("secret.count", "123456"));

        assertThat(catchThrowable(() -> group.getInt("secret.count", 1, 1, 10)))
                .hasMessageContaining("value <redacted> is out of range")
                .hasMessageNotContaining("123456");
    }
}
