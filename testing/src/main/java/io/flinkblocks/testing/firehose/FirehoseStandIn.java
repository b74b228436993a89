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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import io.flinkblocks.testing.aws.LocalAwsAccount;
import io.flinkblocks.testing.process.LoopbackHttpServer;

/**
 * A stand-in for Amazon Data Firehose on loopback: an HTTP/1.1 server speaking the service's JSON 1.1
 * protocol for {@code Firehose_20150804.PutRecordBatch} and {@code DescribeDeliveryStream}. It keeps
 * every record it accepts per delivery stream, enforces the service's batch limits (500 records,
 * 4 MiB per call, 1000 KiB per record), and can reject records ({@code FailedPutCount} with per-record
 * {@code ErrorCode}/{@code ErrorMessage}) or whole requests (throttling, unavailability) on demand, so
 * that a sink's retry paths can be tested. No emulator of Firehose exists to run instead.
 *
 * <p>Requests are not authenticated: any signed request is accepted. Clients must use HTTP/1.1
 * ({@code aws.http.protocol.version=HTTP1_1} for the Flink sink).
 */
@PublicEvolving
public final class FirehoseStandIn implements AutoCloseable {

    /** The service's limits on one PutRecordBatch call. */
    public static final int MAX_RECORDS_PER_CALL = 500;

    public static final long MAX_BYTES_PER_CALL = 4L * 1024 * 1024;
    public static final long MAX_BYTES_PER_RECORD = 1000L * 1024;

    public static final String REGION = LocalAwsAccount.REGION;
    public static final String ACCOUNT = LocalAwsAccount.ACCOUNT;
    public static final String ACCESS_KEY_ID = LocalAwsAccount.ACCESS_KEY_ID;
    public static final String SECRET_KEY = LocalAwsAccount.SECRET_KEY;

    private static final String TARGET_PREFIX = "Firehose_20150804.";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final LoopbackHttpServer server;
    private final Map<String, DeliveryStream> streams = new LinkedHashMap<>();
    private final Deque<Response> requestFailures = new ArrayDeque<>();
    private int recordsToReject;
    private String recordErrorCode;
    private String recordErrorMessage;
    private long putRecordBatchCalls;
    private long rejectedRecords;
    private long failedRequests;

    private FirehoseStandIn() {
        this.server = LoopbackHttpServer.start("firehose-stand-in", 4, this::handle);
    }

    /** Starts a stand-in on a free loopback port. */
    public static FirehoseStandIn start() {
        return new FirehoseStandIn();
    }

    public String endpoint() {
        return server.endpoint();
    }

    /**
     * The connector properties that reach the stand-in: region, endpoint, dummy BASIC credentials and
     * {@code aws.http.protocol.version=HTTP1_1}.
     */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = LocalAwsAccount.clientProperties(endpoint());
        properties.put("aws.http.protocol.version", "HTTP1_1");
        return properties;
    }

    public Properties clientPropertiesAsProperties() {
        return LocalAwsAccount.asProperties(clientProperties());
    }

    /** Creates an ACTIVE DirectPut delivery stream; records for unknown streams are refused. */
    public synchronized void createDeliveryStream(String name) {
        streams.putIfAbsent(name, new DeliveryStream(name));
    }

    /** The records accepted for a delivery stream, in arrival order. */
    public synchronized List<byte[]> records(String deliveryStream) {
        DeliveryStream stream = streams.get(deliveryStream);
        return stream == null ? List.of() : new ArrayList<>(stream.records);
    }

    /** The records accepted for a delivery stream, decoded as UTF-8. */
    public List<String> recordsAsStrings(String deliveryStream) {
        return records(deliveryStream).stream()
                .map(r -> new String(r, StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }

    /**
     * Rejects the next {@code count} records received, in any calls, with the given per-record error
     * (the call itself succeeds with {@code FailedPutCount} > 0), as Firehose does under load.
     */
    public synchronized void rejectNextRecords(int count, String errorCode, String errorMessage) {
        recordsToReject = count;
        recordErrorCode = errorCode;
        recordErrorMessage = errorMessage;
    }

    /** Rejects the next {@code count} records with {@code ServiceUnavailableException}. */
    public void rejectNextRecords(int count) {
        rejectNextRecords(count, "ServiceUnavailableException", "Slow down.");
    }

    /** Fails the next {@code count} calls, whatever their operation, with an error response. */
    public synchronized void failNextRequests(int count, int httpStatus, String errorType, String message) {
        for (int i = 0; i < count; i++) {
            requestFailures.add(error(httpStatus, errorType, message));
        }
    }

    /** Throttles the next {@code count} calls ({@code ThrottlingException}, HTTP 400). */
    public void throttleNextRequests(int count) {
        failNextRequests(count, 400, "ThrottlingException", "Rate exceeded for delivery stream.");
    }

    /** Answers the next {@code count} calls with {@code ServiceUnavailableException} (HTTP 500). */
    public void failNextRequestsUnavailable(int count) {
        failNextRequests(count, 500, "ServiceUnavailableException", "Slow down.");
    }

    public synchronized long putRecordBatchCalls() {
        return putRecordBatchCalls;
    }

    /** Records answered with a per-record error so far. */
    public synchronized long rejectedRecords() {
        return rejectedRecords;
    }

    /** Calls answered with an injected error so far. */
    public synchronized long failedRequests() {
        return failedRequests;
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- protocol

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream input = exchange.getRequestBody()) {
                body = input.readAllBytes();
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            Response response = respond(exchange.getRequestMethod(), target, body);
            if (response.errorType != null) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", response.errorType);
            }
            LoopbackHttpServer.reply(exchange, response.status, JSON_1_1, mapper.writeValueAsBytes(response.body));
        } finally {
            exchange.close();
        }
    }

    private synchronized Response respond(String method, String target, byte[] body) {
        if (!"POST".equals(method) || target == null || !target.startsWith(TARGET_PREFIX)) {
            return error(
                    400,
                    "UnknownOperationException",
                    "Expected a POST with X-Amz-Target " + TARGET_PREFIX + "<operation>");
        }
        Response injected = requestFailures.poll();
        if (injected != null) {
            failedRequests++;
            return injected;
        }
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (IOException e) {
            return error(400, "SerializationException", "Request body is not JSON: " + e.getMessage());
        }
        switch (target.substring(TARGET_PREFIX.length())) {
            case "PutRecordBatch":
                return putRecordBatch(request);
            case "DescribeDeliveryStream":
                return describeDeliveryStream(request);
            default:
                return error(
                        400, "UnknownOperationException", "Operation " + target + " is not supported by this stand-in");
        }
    }

    private Response putRecordBatch(JsonNode request) {
        putRecordBatchCalls++;
        DeliveryStream stream = streams.get(request.path("DeliveryStreamName").asText());
        if (stream == null) {
            return notFound(request.path("DeliveryStreamName").asText());
        }
        JsonNode records = request.path("Records");
        if (!records.isArray() || records.size() == 0 || records.size() > MAX_RECORDS_PER_CALL) {
            return error(
                    400,
                    "InvalidArgumentException",
                    "Records must hold 1 to " + MAX_RECORDS_PER_CALL + " records, got " + records.size());
        }
        List<byte[]> decoded = new ArrayList<>();
        long total = 0;
        for (JsonNode record : records) {
            byte[] data;
            try {
                data = Base64.getDecoder().decode(record.path("Data").asText());
            } catch (IllegalArgumentException e) {
                return error(400, "SerializationException", "Record Data is not base64");
            }
            if (data.length > MAX_BYTES_PER_RECORD) {
                return error(
                        400,
                        "InvalidArgumentException",
                        "Record size " + data.length + " exceeds the limit of " + MAX_BYTES_PER_RECORD + " bytes");
            }
            total += data.length;
            decoded.add(data);
        }
        if (total > MAX_BYTES_PER_CALL) {
            return error(
                    400,
                    "InvalidArgumentException",
                    "Batch size " + total + " exceeds the limit of " + MAX_BYTES_PER_CALL + " bytes");
        }
        ObjectNode response = mapper.createObjectNode();
        ArrayNode responses = response.putArray("RequestResponses");
        int failed = 0;
        for (byte[] data : decoded) {
            ObjectNode entry = responses.addObject();
            if (recordsToReject > 0) {
                recordsToReject--;
                failed++;
                rejectedRecords++;
                entry.put("ErrorCode", recordErrorCode);
                entry.put("ErrorMessage", recordErrorMessage);
            } else {
                stream.records.add(data);
                entry.put("RecordId", recordId());
            }
        }
        response.put("FailedPutCount", failed);
        response.put("Encrypted", false);
        return new Response(200, null, response);
    }

    private Response describeDeliveryStream(JsonNode request) {
        String name = request.path("DeliveryStreamName").asText();
        DeliveryStream stream = streams.get(name);
        if (stream == null) {
            return notFound(name);
        }
        ObjectNode response = mapper.createObjectNode();
        ObjectNode description = response.putObject("DeliveryStreamDescription");
        description.put("DeliveryStreamName", name);
        description.put("DeliveryStreamARN", "arn:aws:firehose:" + REGION + ":" + ACCOUNT + ":deliverystream/" + name);
        description.put("DeliveryStreamStatus", "ACTIVE");
        description.put("DeliveryStreamType", "DirectPut");
        description.put("VersionId", "1");
        description.put("CreateTimestamp", stream.createdEpochSeconds);
        description.putArray("Destinations");
        description.put("HasMoreDestinations", false);
        return new Response(200, null, response);
    }

    private Response notFound(String name) {
        return error(
                400, "ResourceNotFoundException", "Firehose " + name + " under account " + ACCOUNT + " not found.");
    }

    private Response error(int status, String type, String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("__type", type);
        body.put("message", message);
        return new Response(status, type, body);
    }

    private static String recordId() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static final class DeliveryStream {
        final String name;
        final long createdEpochSeconds = System.currentTimeMillis() / 1000;
        final List<byte[]> records = new ArrayList<>();

        DeliveryStream(String name) {
            this.name = name;
        }
    }

    private static final class Response {
        final int status;
        final String errorType;
        final JsonNode body;

        Response(int status, String errorType, JsonNode body) {
            this.status = status;
            this.errorType = errorType;
            this.body = body;
        }
    }
}
