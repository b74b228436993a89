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
package io.flinkblocks.testing.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalKinesisIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void readsBackEveryRecordPutIntoAMultiShardStream() {
        String stream = KINESIS.createStream("helpers", 3);
        List<String> records =
                IntStream.range(0, 1200).mapToObj(i -> "record-" + i).collect(Collectors.toList());

        KINESIS.putStrings(stream, records);

        assertThat(KINESIS.readAllStrings(stream)).containsExactlyInAnyOrderElementsOf(records);
        assertThat(KINESIS.kinesis().recordsPerShard(stream))
                .hasSize(3)
                .allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void listensOnLoopbackOnlyAndIsSharedByTheJvm() {
        assertThat(KINESIS.endpoint()).startsWith("http://127.0.0.1:");
        assertThat(LocalKinesis.shared()).isSameAs(KINESIS.kinesis());
        assertThat(KINESIS.clientProperties())
                .containsEntry("aws.credentials.provider", "BASIC")
                .containsEntry("aws.region", LocalKinesis.REGION);
    }
}
