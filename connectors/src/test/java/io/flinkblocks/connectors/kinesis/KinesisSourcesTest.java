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

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;

class KinesisSourcesTest {

    private static final String ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/ExampleInputStream";

    private static Map<String, String> basicConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("aws.region", "us-east-1");
        config.put("stream.name", "ExampleInputStream");
        return config;
    }

    private static PropertyGroup group(Map<String, String> config) {
        return PropertyGroup.of("InputStream0", config);
    }

    private static PropertyGroup with(String key, String value) {
        Map<String, String> config = basicConfig();
        config.put(key, value);
        return group(config);
    }

    @Test
    void defaultsToTheLegacyConsumer() {
        assertThat(KinesisSources.validate(group(basicConfig())))
                .isEqualTo(KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);
    }

    @Test
    void buildsAStreamWithUidAndNameForEitherImplementation() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> legacy = KinesisSources.strings(env, group(basicConfig()));
        Map<String, String> config = basicConfig();
        config.put("stream.arn", ARN);
        config.put("source.implementation", "kinesis_streams_source");
        DataStream<String> fresh = KinesisSources.strings(env, PropertyGroup.of("InputStream1", config));

        assertThat(legacy.getTransformation().getUid()).isEqualTo("source-inputstream0");
        assertThat(legacy.getTransformation().getName()).isEqualTo("Source: kinesis (InputStream0)");
        assertThat(fresh.getTransformation().getUid()).isEqualTo("source-inputstream1");
    }

    @Test
    void missingStreamIsAnError() {
        Map<String, String> config = basicConfig();
        config.remove("stream.name");
        assertThatThrownBy(() -> KinesisSources.validate(group(config)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'InputStream0'")
                .hasMessageContaining("stream.name")
                .hasMessageContaining("stream.arn");
    }

    @Test
    void missingRegionWithoutEndpointIsAnError() {
        Map<String, String> config = basicConfig();
        config.remove("aws.region");
        assertRejectsKey(() -> KinesisSources.validate(group(config)), "aws.region", "aws.endpoint");
    }

    @Test
    void anEndpointStandsInForTheRegion() {
        Map<String, String> config = basicConfig();
        config.remove("aws.region");
        config.put("aws.endpoint", "http://127.0.0.1:4567");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
    }

    @Test
    void efoWithoutConsumerNameIsAnError() {
        assertRejectsKey(
                () -> KinesisSources.validate(with("flink.stream.recordpublisher", "EFO")),
                "flink.stream.efo.consumername",
                "EFO");
    }

    @Test
    void efoWithConsumerNameIsValid() {
        Map<String, String> config = basicConfig();
        config.put("flink.stream.recordpublisher", "EFO");
        config.put("flink.stream.efo.consumername", "basic-efo-flink-app");
        assertThat(KinesisSources.validate(group(config)))
                .isEqualTo(KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);
    }

    @Test
    void efoWithoutRegistrationNeedsTheConsumerArnOfTheStream() {
        Map<String, String> config = basicConfig();
        config.put("flink.stream.recordpublisher", "EFO");
        config.put("flink.stream.efo.registration", "NONE");
        assertRejectsKey(
                () -> KinesisSources.validate(group(config)), "flink.stream.efo.consumerarn.ExampleInputStream");
        config.put("flink.stream.efo.consumerarn.ExampleInputStream", ARN + "/consumer/app:1");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
    }

    @Test
    void efoIsRefusedForKinesisStreamsSource() {
        Map<String, String> config = basicConfig();
        config.put("stream.arn", ARN);
        config.put("source.implementation", "KINESIS_STREAMS_SOURCE");
        config.put("flink.stream.recordpublisher", "EFO");
        config.put("flink.stream.efo.consumername", "app");
        assertThatThrownBy(() -> KinesisSources.validate(group(config)))
                .hasMessageContaining("EFO is not supported by KINESIS_STREAMS_SOURCE");
    }

    @Test
    void kinesisStreamsSourceNeedsTheStreamArn() {
        assertRejectsKey(
                () -> KinesisSources.validate(with("source.implementation", "KINESIS_STREAMS_SOURCE")),
                "stream.arn",
                "ARN");
    }

    @Test
    void arnAndNameMustNameTheSameStream() {
        assertThatThrownBy(
                        () -> KinesisSources.validate(with("stream.arn", ARN.replace("ExampleInputStream", "Other"))))
                .hasMessageContaining("names stream 'Other'");
    }

    @Test
    void theGuidesMisspelledRecordPublisherKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> KinesisSources.validate(with("flink.stream.recorderpublisher", "EFO")))
                .hasMessageContaining("unknown key")
                .hasMessageContaining("did you mean 'flink.stream.recordpublisher'");
    }

    @Test
    void theGuidesMisspelledInitialPositionKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> KinesisSources.validate(with("flink.inputstream.initpos", "LATEST")))
                .hasMessageContaining("did you mean 'flink.stream.initpos'");
    }

    @Test
    void unknownKeysOnlyWarnWhenAskedTo() {
        Map<String, String> config = basicConfig();
        config.put("flink.inputstream.initpos", "LATEST");
        config.put("unknown.keys", "WARN");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
    }

    @Test
    void atTimestampNeedsATimestamp() {
        assertRejectsKey(
                () -> KinesisSources.validate(with("flink.stream.initpos", "AT_TIMESTAMP")),
                "flink.stream.initpos.timestamp");
    }

    @Test
    void atTimestampAcceptsTheDateFormatAndEpochSeconds() {
        Map<String, String> config = basicConfig();
        config.put("flink.stream.initpos", "AT_TIMESTAMP");
        config.put("flink.stream.initpos.timestamp", "2026-11-24T10:15:30.123+00:00");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
        config.put("flink.stream.initpos.timestamp", "1795000000.5");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
    }

    @Test
    void assumeRoleGetsADefaultSessionNameAndKeepsEveryKey() {
        Map<String, String> config = basicConfig();
        config.put("aws.credentials.provider", "ASSUME_ROLE");
        config.put("aws.credentials.provider.role.arn", "arn:aws:iam::123456789012:role/KA-Source-Stream-Role");
        config.put("aws.credentials.provider.role.externalId", "shared-id-42");
        assertThat(KinesisSources.validate(group(config))).isNotNull();
        assertThat(io.flinkblocks.connectors.aws.AwsClientProperties.fromProperties(group(config)))
                .containsEntry("aws.credentials.provider.role.sessionName", "flink-blocks-inputstream0")
                .containsEntry("aws.credentials.provider.role.externalId", "shared-id-42")
                .containsEntry("stream.name", "ExampleInputStream");
    }

    static Stream<Arguments> invalidConfigs() {
        return Stream.of(
                Arguments.of(
                        "source.implementation", "NEW_ONE", "one of FLINK_KINESIS_CONSUMER, KINESIS_STREAMS_SOURCE"),
                Arguments.of("flink.stream.recordpublisher", "FANOUT", "one of POLLING, EFO"),
                Arguments.of("flink.stream.initpos", "EARLIEST", "one of LATEST, TRIM_HORIZON, AT_TIMESTAMP"),
                Arguments.of("flink.stream.efo.registration", "SOMETIMES", "one of LAZY, EAGER, NONE"),
                Arguments.of("flink.shard.getrecords.maxrecordcount", "20000", "out of range [1, 10000]"),
                Arguments.of("flink.shard.getrecords.intervalmillis", "-1", "out of range"),
                Arguments.of("flink.shard.adaptivereads", "yes", "a boolean"),
                Arguments.of("flink.shard.discovery.intervalmillis", "soon", "an integer"),
                Arguments.of("aws.region", "US East", "an AWS region name"),
                Arguments.of("aws.endpoint", "127.0.0.1:4567", "an http:// or https:// URL"),
                Arguments.of("aws.credentials.provider", "ROOT", "one of AUTO, BASIC"),
                Arguments.of("stream.arn", "arn:aws:s3:::bucket", "a Kinesis stream ARN"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidConfigs")
    void invalidValuesAreErrorsNamingTheKey(String key, String value, String expectation) {
        assertRejectsKey(() -> KinesisSources.validate(with(key, value)), key, expectation);
    }
}
