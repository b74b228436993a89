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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyGroupTest {

    private static PropertyGroup group(String... keyValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return new PropertyGroup("file test.json", "G", values);
    }

    @Test
    void requiredStringIsTrimmed() {
        assertThat(group("k", "  value ").required("k")).isEqualTo("value");
    }

    @Test
    void blankValueCountsAsMissing() {
        assertThat(group("k", "   ").get("k", "fallback")).isEqualTo("fallback");
        assertThatThrownBy(() -> group("k", "").required("k")).hasMessageContaining("key 'k': missing required key");
    }

    @Test
    void optionalIsEmptyWhenAbsent() {
        assertThat(group().optional("k")).isEmpty();
        assertThat(group("k", "v").optional("k")).contains("v");
    }

    @Test
    void integersWithAndWithoutDefault() {
        assertThat(group("n", "42").getInt("n")).isEqualTo(42);
        assertThat(group().getInt("n", 7)).isEqualTo(7);
        assertThat(group("n", "-3").getLong("n")).isEqualTo(-3L);
        assertThat(group().getLong("n", 9_000_000_000L)).isEqualTo(9_000_000_000L);
        assertThatThrownBy(() -> group().getInt("n")).hasMessageContaining("key 'n': missing required key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999", "12 "})
    void wrongIntegerNamesGroupKeyAndValue(String value) {
        // "12 " is trimmed and valid: only the other three fail.
        if (value.trim().equals("12")) {
            assertThat(group("parallelism", value).getInt("parallelism")).isEqualTo(12);
            return;
        }
        assertThatThrownBy(() -> group("parallelism", value).getInt("parallelism", 1))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Invalid application properties in file test.json, group 'G', key 'parallelism': value '"
                        + value + "' is not an integer");
    }

    @Test
    void rangesAreChecked() {
        assertThat(group("p", "4").getInt("p", 1, 1, 8)).isEqualTo(4);
        assertThat(group().getInt("p", 1, 1, 8)).isEqualTo(1);
        assertThatThrownBy(() -> group("p", "0").getInt("p", 1, 1, 8))
                .hasMessageContaining("key 'p': value 0 is out of range [1, 8]");
        assertThatThrownBy(() -> group("p", "9").getLong("p", 1, 1, 8))
                .hasMessageContaining("value 9 is out of range [1, 8]");
        assertThatThrownBy(() -> group("r", "1.5").getDouble("r", 0.5, 0.0, 1.0))
                .hasMessageContaining("value 1.5 is out of range [0.0, 1.0]");
    }

    @Test
    void doublesMustBeFinite() {
        assertThat(group("d", "2.5").getDouble("d")).isEqualTo(2.5);
        assertThat(group().getDouble("d", 0.25)).isEqualTo(0.25);
        assertThatThrownBy(() -> group("d", "NaN").getDouble("d")).hasMessageContaining("is not a finite number");
        assertThatThrownBy(() -> group("d", "Infinity").getDouble("d", 1))
                .hasMessageContaining("is not a finite number");
    }

    @Test
    void booleansAreStrict() {
        assertThat(group("b", "TRUE").getBoolean("b")).isTrue();
        assertThat(group("b", "false").getBoolean("b", true)).isFalse();
        assertThat(group().getBoolean("b", true)).isTrue();
        assertThatThrownBy(() -> group("b", "yes").getBoolean("b", false))
                .hasMessageContaining("key 'b': value 'yes' is not a boolean (true or false)");
    }

    enum Mode {
        POLLING,
        EFO,
        EXACTLY_ONCE
    }

    @Test
    void enumsAreCaseInsensitiveAndListAllowedValuesOnError() {
        assertThat(group("m", "efo").getEnum(Mode.class, "m")).isEqualTo(Mode.EFO);
        assertThat(group("m", "exactly-once").getEnum(Mode.class, "m")).isEqualTo(Mode.EXACTLY_ONCE);
        assertThat(group().getEnum(Mode.class, "m", Mode.POLLING)).isEqualTo(Mode.POLLING);
        assertThatThrownBy(() -> group("m", "fanout").getEnum(Mode.class, "m"))
                .hasMessageContaining("key 'm': value 'fanout' is not one of POLLING, EFO, EXACTLY_ONCE");
    }

    @Test
    void listsAreSplitOnCommasAndTrimmed() {
        assertThat(group("l", " AAPL, AMZN ,,MSFT ").getList("l")).containsExactly("AAPL", "AMZN", "MSFT");
        assertThat(group().getList("l", List.of("X"))).containsExactly("X");
        assertThatThrownBy(() -> group("l", " , ").getList("l")).hasMessageContaining("got an empty one");
    }

    @ParameterizedTest
    @CsvSource({
        "10s, 10000",
        "500 ms, 500",
        "1 min, 60000",
        "2h, 7200000",
        "PT1M, 60000",
        "pt0.5s, 500",
        "10000, 10000",
    })
    void durationsInEveryAcceptedForm(String text, long millis) {
        assertThat(group("d", text).getDuration("d")).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten seconds", "10 parsecs", "P1X", "-5s", "PT-1S"})
    void invalidDurations(String text) {
        assertThatThrownBy(() -> group("window.size", text).getDuration("window.size", Duration.ofSeconds(1)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'window.size': value '" + text + "' is not a");
    }

    @Test
    void durationDefault() {
        assertThat(group().getDuration("d", Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        assertThat(Duration.ofMillis(TimeUnit.MINUTES.toMillis(1)))
                .isEqualTo(group("d", "1 min").getDuration("d"));
    }

    @ParameterizedTest
    @CsvSource({
        "512, 512",
        "512b, 512",
        "64kb, 65536",
        "64 KiB, 65536",
        "5mb, 5242880",
        "1 MiB, 1048576",
        "1.5m, 1572864",
        "2 GB, 2147483648",
    })
    void byteSizes(String text, long bytes) {
        assertThat(group("s", text).getByteSize("s")).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 parsecs", "mb", "1..5mb", "-1mb"})
    void invalidByteSizes(String text) {
        assertThatThrownBy(() -> group("s", text).getByteSize("s", 1))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 's': value '" + text + "' is not a byte size");
    }

    @Test
    void asPropertiesPassesEveryKeyThrough() {
        PropertyGroup g = group("aws.region", "us-east-1", "flink.stream.initpos", "LATEST");

        assertThat(g.asProperties())
                .containsEntry("aws.region", "us-east-1")
                .containsEntry("flink.stream.initpos", "LATEST")
                .hasSize(2);
    }

    @Test
    void withLaysOverridesOverTheGroup() {
        PropertyGroup g = group("a", "1", "b", "2").with(Map.of("b", "3", "c", "4"));

        assertThat(g.asProperties())
                .containsEntry("a", "1")
                .containsEntry("b", "3")
                .containsEntry("c", "4");
    }
}
