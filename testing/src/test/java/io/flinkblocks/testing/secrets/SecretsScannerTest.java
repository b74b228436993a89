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
package io.flinkblocks.testing.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsScannerTest {

    @TempDir
    Path folder;

    @Test
    void findsAPlantedSecretWithFileLineAndNameButNeverTheValue() throws IOException {
        Path clean = write("clean.log", "INFO starting", "INFO ssl.truststore.password = [hidden]", "INFO done");
        Path leaky = write(
                "leaky.log",
                "INFO starting",
                "ERROR cannot log in with " + PlantedSecrets.JAAS_CONFIG,
                "\tat some.Frame(Frame.java:1)",
                "Caused by: java.lang.IllegalStateException: key " + PlantedSecrets.AWS_SECRET_ACCESS_KEY + " and "
                        + PlantedSecrets.SASL_PASSWORD);

        SecretsScanner.Result result = SecretsScanner.ofPlantedSecrets().scan(List.of(clean, leaky));

        assertThat(result.files()).isEqualTo(2);
        assertThat(result.lines()).isEqualTo(7);
        assertThat(result.linesByFile()).containsEntry(clean, 3L).containsEntry(leaky, 4L);
        assertThat(result.redactionMarkerLines()).isEqualTo(1);
        assertThat(result.findings())
                .extracting(Object::toString)
                .containsExactly(
                        leaky + ":2: JAAS_PASSWORD", leaky + ":4: SASL_PASSWORD", leaky + ":4: AWS_SECRET_ACCESS_KEY");
        for (String value : PlantedSecrets.all().values()) {
            assertThat(result.toString()).doesNotContain(value);
            assertThat(result.findings())
                    .allSatisfy(f -> assertThat(f.toString()).doesNotContain(value));
        }
    }

    @Test
    void findsAUrlEncodedSecretAndOneInAnXmlReport() throws IOException {
        Path report = write(
                "TEST-Some.xml",
                "<testcase name=\"t\"><system-out><![CDATA[",
                "Secret=" + URLEncoder.encode(PlantedSecrets.STS_SECRET_ACCESS_KEY, StandardCharsets.UTF_8)
                        + "&Action=AssumeRole",
                "token " + PlantedSecrets.AWS_SESSION_TOKEN + "-0A1B2C",
                "]]></system-out></testcase>");

        SecretsScanner.Result result = SecretsScanner.ofPlantedSecrets().scan(List.of(report));

        assertThat(result.findings())
                .extracting(SecretsScanner.Finding::line, SecretsScanner.Finding::secretName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "STS_SECRET_ACCESS_KEY"),
                        org.assertj.core.groups.Tuple.tuple(3L, "AWS_SESSION_TOKEN"));
    }

    @Test
    void readsFilesThatAreNotValidUtf8() throws IOException {
        Path file = folder.resolve("bytes.log");
        byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
        byte[] secret = ("x " + PlantedSecrets.KEYSTORE_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bad.length + secret.length];
        System.arraycopy(bad, 0, all, 0, bad.length);
        System.arraycopy(secret, 0, all, bad.length, secret.length);
        Files.write(file, all);

        assertThat(SecretsScanner.ofPlantedSecrets().scan(List.of(file)).findings())
                .extracting(Object::toString)
                .containsExactly(file + ":2: KEYSTORE_PASSWORD");
    }

    @Test
    void everyPlantedSecretIsDistinctAndLongEnoughToBeLookedFor() {
        assertThat(PlantedSecrets.all()).hasSize(7);
        assertThat(PlantedSecrets.all().values())
                .doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).hasSizeGreaterThanOrEqualTo(20));
        assertThat(PlantedSecrets.JAAS_CONFIG).contains(PlantedSecrets.JAAS_PASSWORD);
        assertThat(SecretsScanner.ofPlantedSecrets().secretNames())
                .containsExactlyElementsOf(PlantedSecrets.all().keySet());
    }

    @Test
    void refusesValuesTooShortToBeDistinctive() {
        assertThatThrownBy(() -> new SecretsScanner(Map.of("SHORT", "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHORT")
                .hasMessageNotContaining("abc");
        assertThatThrownBy(() -> new SecretsScanner(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
