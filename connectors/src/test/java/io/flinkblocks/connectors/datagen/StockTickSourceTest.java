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
package io.flinkblocks.connectors.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;

class StockTickSourceTest {

    @Test
    void writesTheGuideRecordFormat() {
        assertThat(StockTickGenerator.toJson(LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000), "AMZN", 42.17))
                .isEqualTo("{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": 42.17}");
    }

    @Test
    void spreadsRecordsOverEveryTickerReproducibly() throws Exception {
        StockTickGenerator generator = new StockTickGenerator(StockTickSource.GUIDE_TICKERS, 7);
        StockTickGenerator again = new StockTickGenerator(StockTickSource.GUIDE_TICKERS, 7);

        List<String> tickers =
                LongStream.range(0, 500).mapToObj(i -> ticker(generator, i)).collect(Collectors.toList());

        assertThat(tickers)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, 500).mapToObj(i -> ticker(again, i)).collect(Collectors.toList()));
        assertThat(tickers).containsAll(StockTickSource.GUIDE_TICKERS);
    }

    @Test
    void boundedByDefaultSoALocalRunEnds() {
        DataGeneratorSource<String> source = StockTickSource.fromProperties(PropertyGroup.of("In", Map.of()));

        assertThat(source.getBoundedness()).isEqualTo(org.apache.flink.api.connector.source.Boundedness.BOUNDED);
    }

    @Test
    void rejectsANegativeRate() {
        assertThatThrownBy(() ->
                        StockTickSource.fromProperties(PropertyGroup.of("In", Map.of("records.per.second", "-1"))))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'In', key 'records.per.second': value -1.0 is out of range");
    }

    private static String ticker(StockTickGenerator generator, long index) {
        try {
            String json = generator.map(index);
            return json.replaceAll(".*\"ticker\": \"([A-Z]+)\".*", "$1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
