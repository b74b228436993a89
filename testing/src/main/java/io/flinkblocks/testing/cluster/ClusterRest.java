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
package io.flinkblocks.testing.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cluster's REST API over {@link HttpClient} (HTTP/1.1, as Flink's REST server speaks it), with
 * JSON bodies read and written by Jackson. A call that is not answered with 2xx throws, naming the
 * call, the status and Flink's {@code errors}.
 */
final class ClusterRest {

    /** How long a call may take; running a JAR executes its {@code main} on the JobManager first. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    ClusterRest(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    JsonNode get(String path) {
        return json(send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path, CALL_TIMEOUT));
    }

    String getText(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path, CALL_TIMEOUT);
    }

    JsonNode post(String path, JsonNode body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        return json(send(request, "POST " + path, timeout));
    }

    JsonNode patch(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method("PATCH", HttpRequest.BodyPublishers.noBody());
        return json(send(request, "PATCH " + path, CALL_TIMEOUT));
    }

    /** {@code multipart/form-data} with the JAR as the part {@code jarfile}, streamed from disk. */
    JsonNode upload(String path, Path jar, String fileName) {
        String boundary = "----flinkblocks" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"jarfile\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: application/x-java-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length;
        try {
            length = head.length + Files.size(jar) + tail.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return new SequenceInputStream(Collections.enumeration(List.<InputStream>of(
                                new ByteArrayInputStream(head),
                                Files.newInputStream(jar),
                                new ByteArrayInputStream(tail))));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + jar, e);
                    }
                }),
                length);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body);
        return json(send(request, "POST " + path + " (" + jar.getFileName() + ")", RUN_TIMEOUT));
    }

    /** Whether the REST endpoint answers {@code path} with 2xx; false while it does not listen yet. */
    boolean answers(String path) {
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the cluster", e);
        }
    }

    private String send(HttpRequest.Builder request, String call, Duration timeout) {
        HttpResponse<String> response;
        try {
            response = client.send(
                    request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(call + " on " + base + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + call, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new RestCallException(call, response.statusCode(), errors(response.body()));
        }
        return response.body();
    }

    /** Flink's {@code {"errors": [...]}}, joined; the body itself if it is not that. */
    private String errors(String body) {
        try {
            JsonNode errors = mapper.readTree(body).path("errors");
            if (errors.isArray()) {
                StringBuilder text = new StringBuilder();
                errors.forEach(
                        error -> text.append(text.length() == 0 ? "" : "\n").append(error.asText()));
                return text.toString();
            }
        } catch (JsonProcessingException e) {
            // Not JSON: the body as it came.
        }
        return body;
    }

    private JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The cluster answered with no JSON: " + body, e);
        }
    }

    private String write(JsonNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body, e);
        }
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    /** A REST call answered with a status other than 2xx. */
    static final class RestCallException extends IllegalStateException {
        private final int status;

        RestCallException(String call, int status, String errors) {
            super(call + " answered HTTP " + status + ": " + errors);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
