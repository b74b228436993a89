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
        List<String> records = IntStream.range(0, 1200).mapToObj(i -> "record-" + i).collect(Collectors.toList());

        KINESIS.putStrings(stream, records);

        assertThat(KINESIS.readAllStrings(stream)).containsExactlyInAnyOrderElementsOf(records);
        assertThat(KINESIS.kinesis().recordsPerShard(stream)).hasSize(3).allSatisfy(n -> assertThat(n).isPositive());
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
