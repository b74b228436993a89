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
package io.flinkblocks.testing.firehose;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs a {@link FirehoseStandIn} for a test class: started before the first
 * test, stopped after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();
 *
 * String stream = FIREHOSE.createDeliveryStream("out");
 * PropertyGroup group = PropertyGroup.of("OutputStream0", FIREHOSE.sinkProperties(stream));
 * ...
 * assertThat(FIREHOSE.standIn().recordsAsStrings(stream)).hasSize(1000);
 * }</pre>
 */
@PublicEvolving
public final class FirehoseStandInExtension implements BeforeAllCallback, AfterAllCallback {

    private FirehoseStandIn standIn;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        standIn();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (standIn != null) {
            standIn.close();
            standIn = null;
        }
    }

    /** The running stand-in; starts it if needed. */
    public synchronized FirehoseStandIn standIn() {
        if (standIn == null) {
            standIn = FirehoseStandIn.start();
        }
        return standIn;
    }

    /** Creates a delivery stream named {@code prefix} plus a unique suffix and returns its name. */
    public String createDeliveryStream(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        standIn().createDeliveryStream(name);
        return name;
    }

    public List<String> recordsAsStrings(String deliveryStream) {
        return standIn().recordsAsStrings(deliveryStream);
    }

    /** What a Firehose sink group needs to write to {@code deliveryStream} on the stand-in. */
    public Map<String, String> sinkProperties(String deliveryStream) {
        Map<String, String> properties = standIn().clientProperties();
        properties.put("connector", "firehose");
        properties.put("delivery.stream.name", deliveryStream);
        return properties;
    }
}
