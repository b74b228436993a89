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
package io.flinkblocks.benchmarks;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.connector.ChangelogMode;
import org.apache.flink.table.connector.ProviderContext;
import org.apache.flink.table.connector.format.DecodingFormat;
import org.apache.flink.table.connector.format.ProjectableDecodingFormat;
import org.apache.flink.table.connector.source.DataStreamScanProvider;
import org.apache.flink.table.connector.source.DynamicTableSource;
import org.apache.flink.table.connector.source.ScanTableSource;
import org.apache.flink.table.connector.source.abilities.SupportsProjectionPushDown;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DeserializationFormatFactory;
import org.apache.flink.table.factories.DynamicTableSourceFactory;
import org.apache.flink.table.factories.FactoryUtil;
import org.apache.flink.table.types.DataType;

/**
 * {@code 'connector' = 'in-memory-ticks'}: a SQL table over the records {@link InMemorySource} replays,
 * decoded by the table's {@code 'format'} in the source reader, the way a Kafka or Kinesis table reads
 * its bytes. It also takes projections into the format, which can then skip the fields a query does
 * not read (the JSON format can): the Kafka table (connector 3.4) does not, so here the SQL peer reads
 * a little less than it would from Kafka. It leaves watermarks to the planner's watermark operator,
 * chained to the source.
 *
 * <pre>
 * CREATE TABLE ticks (...) WITH ('connector' = 'in-memory-ticks', 'number-of-records' = '1000000', 'format' = 'json')
 * </pre>
 */
public final class InMemoryTableFactory implements DynamicTableSourceFactory {

    public static final String IDENTIFIER = "in-memory-ticks";

    /** How many records one scan replays (the first of the loaded records). */
    public static final ConfigOption<Long> NUMBER_OF_RECORDS = ConfigOptions.key("number-of-records")
            .longType()
            .noDefaultValue()
            .withDescription("Records replayed by one scan of the table.");

    @Override
    public String factoryIdentifier() {
        return IDENTIFIER;
    }

    @Override
    public Set<ConfigOption<?>> requiredOptions() {
        Set<ConfigOption<?>> options = new HashSet<>();
        options.add(NUMBER_OF_RECORDS);
        options.add(FactoryUtil.FORMAT);
        return options;
    }

    @Override
    public Set<ConfigOption<?>> optionalOptions() {
        return Collections.emptySet();
    }

    @Override
    public DynamicTableSource createDynamicTableSource(Context context) {
        FactoryUtil.TableFactoryHelper helper = FactoryUtil.createTableFactoryHelper(this, context);
        DecodingFormat<DeserializationSchema<RowData>> format =
                helper.discoverDecodingFormat(DeserializationFormatFactory.class, FactoryUtil.FORMAT);
        helper.validate();
        return new Source(
                format, context.getPhysicalRowDataType(), helper.getOptions().get(NUMBER_OF_RECORDS));
    }

    private static final class Source implements ScanTableSource, SupportsProjectionPushDown {

        private final DecodingFormat<DeserializationSchema<RowData>> format;
        private final DataType physicalType;
        private final long records;
        /** The fields the query reads, pushed into the format; null to read them all. */
        private int[][] projection;

        Source(DecodingFormat<DeserializationSchema<RowData>> format, DataType physicalType, long records) {
            this.format = format;
            this.physicalType = physicalType;
            this.records = records;
        }

        @Override
        public ChangelogMode getChangelogMode() {
            return ChangelogMode.insertOnly();
        }

        @Override
        public ScanRuntimeProvider getScanRuntimeProvider(ScanContext context) {
            DeserializationSchema<RowData> decoder;
            if (projection == null) {
                decoder = format.createRuntimeDecoder(context, physicalType);
            } else if (format instanceof ProjectableDecodingFormat) {
                decoder = ((ProjectableDecodingFormat<DeserializationSchema<RowData>>) format)
                        .createRuntimeDecoder(context, physicalType, projection);
            } else {
                throw new UnsupportedOperationException(
                        "the in-memory table reads only formats that project, such as json");
            }
            return new DataStreamScanProvider() {
                @Override
                public DataStream<RowData> produceDataStream(ProviderContext provider, StreamExecutionEnvironment env) {
                    return InMemorySource.decoded(env, records, decoder);
                }

                @Override
                public boolean isBounded() {
                    return true;
                }
            };
        }

        @Override
        public boolean supportsNestedProjection() {
            return false;
        }

        @Override
        public void applyProjection(int[][] projectedFields, DataType producedDataType) {
            projection = projectedFields;
        }

        @Override
        public DynamicTableSource copy() {
            Source copy = new Source(format, physicalType, records);
            copy.projection = projection;
            return copy;
        }

        @Override
        public String asSummaryString() {
            return "In-memory ticks";
        }
    }
}
