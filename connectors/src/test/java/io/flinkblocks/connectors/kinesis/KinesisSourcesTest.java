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
package io.flinkblocks.connectors.kinesis;

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.connectors.GroupUnderTest;
import io.flinkblocks.runtime.InvalidPropertiesException;

class KinesisSourcesTest {

    private static final String ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/ExampleInputStream";

    private static final GroupUnderTest INPUT_STREAM =
            group("InputStream0", "aws.region", "us-east-1", "stream.name", "ExampleInputStream");

    /** What {@code group} validates to. */
    private static KinesisSourceImplementation validate(GroupUnderTest group) {
        return KinesisSources.validate(group.properties());
    }

    @Test
    void defaultsToTheLegacyConsumer() {
        assertThat(validate(INPUT_STREAM)).isEqualTo(KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);
    }

    @Test
    void buildsAStreamWithUidAndNameForEitherImplementation() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> legacy = KinesisSources.strings(env, INPUT_STREAM.properties());
        GroupUnderTest freshGroup = INPUT_STREAM
                .named("InputStream1")
                .with("stream.arn", ARN)
                .with("source.implementation", "kinesis_streams_source");
        DataStream<String> fresh = KinesisSources.strings(env, freshGroup.properties());

        assertThat(legacy.getTransformation().getUid()).isEqualTo("source-inputstream0");
        assertThat(legacy.getTransformation().getName()).isEqualTo("Source: kinesis (InputStream0)");
        assertThat(fresh.getTransformation().getUid()).isEqualTo("source-inputstream1");
    }

    @Test
    void missingStreamIsAnError() {
        assertThatThrownBy(() -> validate(INPUT_STREAM.without("stream.name")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'InputStream0'")
                .hasMessageContaining("stream.name")
                .hasMessageContaining("stream.arn");
    }

    @Test
    void missingRegionWithoutEndpointIsAnError() {
        assertRejectsKey(() -> validate(INPUT_STREAM.without("aws.region")), "aws.region", "aws.endpoint");
    }

    @Test
    void anEndpointStandsInForTheRegion() {
        GroupUnderTest local = INPUT_STREAM.without("aws.region").with("aws.endpoint", "http://127.0.0.1:4567");
        assertThat(validate(local)).isNotNull();
    }

    @Test
    void efoWithoutConsumerNameIsAnError() {
        assertRejectsKey(
                () -> validate(INPUT_STREAM.with("flink.stream.recordpublisher", "EFO")),
                "flink.stream.efo.consumername",
                "EFO");
    }

    @Test
    void efoWithConsumerNameIsValid() {
        GroupUnderTest efo = INPUT_STREAM
                .with("flink.stream.recordpublisher", "EFO")
                .with("flink.stream.efo.consumername", "basic-efo-flink-app");
        assertThat(validate(efo)).isEqualTo(KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);
    }

    @Test
    void efoWithoutRegistrationNeedsTheConsumerArnOfTheStream() {
        GroupUnderTest unregistered =
                INPUT_STREAM.with("flink.stream.recordpublisher", "EFO").with("flink.stream.efo.registration", "NONE");
        assertRejectsKey(() -> validate(unregistered), "flink.stream.efo.consumerarn.ExampleInputStream");
        assertThat(validate(
                        unregistered.with("flink.stream.efo.consumerarn.ExampleInputStream", ARN + "/consumer/app:1")))
                .isNotNull();
    }

    @Test
    void efoIsRefusedForKinesisStreamsSource() {
        GroupUnderTest efoOnNewSource = INPUT_STREAM
                .with("stream.arn", ARN)
                .with("source.implementation", "KINESIS_STREAMS_SOURCE")
                .with("flink.stream.recordpublisher", "EFO")
                .with("flink.stream.efo.consumername", "app");
        assertThatThrownBy(() -> validate(efoOnNewSource))
                .hasMessageContaining("EFO is not supported by KINESIS_STREAMS_SOURCE");
    }

    @Test
    void kinesisStreamsSourceNeedsTheStreamArn() {
        assertRejectsKey(
                () -> validate(INPUT_STREAM.with("source.implementation", "KINESIS_STREAMS_SOURCE")),
                "stream.arn",
                "ARN");
    }

    @Test
    void arnAndNameMustNameTheSameStream() {
        assertThatThrownBy(() -> validate(INPUT_STREAM.with("stream.arn", ARN.replace("ExampleInputStream", "Other"))))
                .hasMessageContaining("names stream 'Other'");
    }

    @Test
    void theGuidesMisspelledRecordPublisherKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> validate(INPUT_STREAM.with("flink.stream.recorderpublisher", "EFO")))
                .hasMessageContaining("unknown key")
                .hasMessageContaining("did you mean 'flink.stream.recordpublisher'");
    }

    @Test
    void theGuidesMisspelledInitialPositionKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> validate(INPUT_STREAM.with("flink.inputstream.initpos", "LATEST")))
                .hasMessageContaining("did you mean 'flink.stream.initpos'");
    }

    @Test
    void unknownKeysOnlyWarnWhenAskedTo() {
        GroupUnderTest warnOnly =
                INPUT_STREAM.with("flink.inputstream.initpos", "LATEST").with("unknown.keys", "WARN");
        assertThat(validate(warnOnly)).isNotNull();
    }

    @Test
    void atTimestampNeedsATimestamp() {
        assertRejectsKey(
                () -> validate(INPUT_STREAM.with("flink.stream.initpos", "AT_TIMESTAMP")),
                "flink.stream.initpos.timestamp");
    }

    @Test
    void atTimestampAcceptsTheDateFormatAndEpochSeconds() {
        GroupUnderTest atTimestamp = INPUT_STREAM.with("flink.stream.initpos", "AT_TIMESTAMP");
        assertThat(validate(atTimestamp.with("flink.stream.initpos.timestamp", "2026-11-24T10:15:30.123+00:00")))
                .isNotNull();
        assertThat(validate(atTimestamp.with("flink.stream.initpos.timestamp", "1795000000.5")))
                .isNotNull();
    }

    @Test
    void assumeRoleGetsADefaultSessionNameAndKeepsEveryKey() {
        GroupUnderTest assumeRole = INPUT_STREAM
                .with("aws.credentials.provider", "ASSUME_ROLE")
                .with("aws.credentials.provider.role.arn", "arn:aws:iam::123456789012:role/KA-Source-Stream-Role")
                .with("aws.credentials.provider.role.externalId", "shared-id-42");
        assertThat(validate(assumeRole)).isNotNull();
        assertThat(io.flinkblocks.connectors.aws.AwsClientProperties.fromProperties(assumeRole.properties()))
                .containsEntry("aws.credentials.provider.role.sessionName", "flink-blocks-inputstream0")
                .containsEntry("aws.credentials.provider.role.externalId", "shared-id-42")
                .containsEntry("stream.name", "ExampleInputStream");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "source.implementation | NEW_ONE | one of FLINK_KINESIS_CONSUMER, KINESIS_STREAMS_SOURCE",
                "flink.stream.recordpublisher | FANOUT | one of POLLING, EFO",
                "flink.stream.initpos | EARLIEST | one of LATEST, TRIM_HORIZON, AT_TIMESTAMP",
                "flink.stream.efo.registration | SOMETIMES | one of LAZY, EAGER, NONE",
                "flink.shard.getrecords.maxrecordcount | 20000 | out of range [1, 10000]",
                "flink.shard.getrecords.intervalmillis | -1 | out of range",
                "flink.shard.adaptivereads | yes | a boolean",
                "flink.shard.discovery.intervalmillis | soon | an integer",
                "aws.region | US East | an AWS region name",
                "aws.endpoint | 127.0.0.1:4567 | an http:// or https:// URL",
                "aws.credentials.provider | ROOT | one of AUTO, BASIC",
                "stream.arn | arn:aws:s3:::bucket | a Kinesis stream ARN",
            })
    void invalidValuesAreErrorsNamingTheKey(String key, String value, String expectation) {
        assertRejectsKey(() -> validate(INPUT_STREAM.with(key, value)), key, expectation);
    }
}
