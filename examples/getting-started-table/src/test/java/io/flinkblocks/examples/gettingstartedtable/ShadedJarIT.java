package io.flinkblocks.examples.gettingstartedtable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(GettingStartedTableJob.class, "org.apache.flink.streaming.connectors.kinesis.table.KinesisDynamicTableFactory");
    }

    @Test
    void registersTheKinesisTableFactoryAndLeavesTheTableApiToTheCluster() {
        jar().assertNoEntriesUnder("org/apache/flink/table/api/");
        assertThat(jar().serviceLines("org.apache.flink.table.factories.Factory")).anyMatch(line -> line.contains("kinesis"));
    }
}
