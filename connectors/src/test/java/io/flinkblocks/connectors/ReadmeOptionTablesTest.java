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
package io.flinkblocks.connectors;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.flinkblocks.connectors.aws.AwsClientOptions;
import io.flinkblocks.connectors.datagen.StockTickSource;
import io.flinkblocks.connectors.files.FileSinks;
import io.flinkblocks.connectors.firehose.FirehoseSinkOptions;
import io.flinkblocks.connectors.kafka.KafkaOptions;
import io.flinkblocks.connectors.kinesis.KinesisSinkOptions;
import io.flinkblocks.connectors.kinesis.KinesisSourceOptions;
import io.flinkblocks.connectors.print.PrintSinks;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;
import io.flinkblocks.testing.ReadmeTables;

/**
 * The option tables of this module's README are the declared options (key, values, default,
 * description), as {@link PropertyOptions} renders them: a changed default, range or description
 * fails here until the README's table is regenerated (target/options-NAME.md holds it).
 */
class ReadmeOptionTablesTest {

    /** Table name in the README's {@code <!-- options: NAME -->} markers, and its declarations. */
    static List<Object[]> tables() {
        return List.of(
                new Object[] {"datagen", StockTickSource.OPTIONS},
                new Object[] {"print", PrintSinks.OPTIONS},
                new Object[] {"aws", AwsClientOptions.OPTIONS},
                new Object[] {"kinesis-source", KinesisSourceOptions.OPTIONS},
                new Object[] {"kinesis-sink", KinesisSinkOptions.OPTIONS},
                new Object[] {"firehose-sink", FirehoseSinkOptions.OPTIONS},
                new Object[] {"kafka", KafkaOptions.COMMON},
                new Object[] {"kafka-source", KafkaOptions.SOURCE},
                new Object[] {"kafka-sink", KafkaOptions.SINK},
                new Object[] {"filesystem", FileSinks.OPTIONS});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void tableMatchesTheDeclarations(String name, List<PropertyOption<?>> options) {
        ReadmeTables.assertTableMatches(name, PropertyOptions.markdownTable(options), PropertyOptions::tableIn);
    }
}
