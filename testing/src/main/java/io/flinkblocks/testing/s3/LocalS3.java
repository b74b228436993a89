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
package io.flinkblocks.testing.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.flinkblocks.testing.process.FreePorts;
import io.flinkblocks.testing.process.ManagedProcess;
import io.flinkblocks.testing.process.NpmPackages;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * A local S3 ({@code s3rver} 3.7.1 on Node.js, installed from this module's package-lock.json) on
 * 127.0.0.1, one per test JVM, stopped by its PID when the JVM exits, with Flink's {@code s3://}
 * file system initialized once to reach it. Use it through {@link LocalS3Extension}.
 *
 * <p>Flink's s3:// support ({@code org.apache.flink:flink-s3-fs-hadoop}) must be on the test class
 * path. The settings are those that work with s3rver: path-style access, plain HTTP, its access
 * key, and {@code fs.s3a.signing-algorithm=S3SignerType}, without which multipart uploads
 * store the V4 chunk framing in the data and fail an MD5 check.
 *
 * <p>The helpers speak plain HTTP to s3rver (it accepts unsigned requests), so they work without any
 * AWS client on the class path.
 */
@PublicEvolving
public final class LocalS3 {

    /**
     * s3rver's access key, and a planted secret key: s3rver runs with {@code --allow-mismatched-signatures},
     * so it takes requests signed with any secret.
     */
    public static final String ACCESS_KEY = "S3RVER";

    public static final String SECRET_KEY = PlantedSecrets.AWS_SECRET_ACCESS_KEY;

    private static final String FLINK_S3_FACTORY = "org.apache.flink.fs.s3hadoop.S3FileSystemFactory";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static LocalS3 instance;

    private final ManagedProcess process;
    private final int port;
    private final Set<String> buckets = new HashSet<>();

    private LocalS3(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The local S3 of this JVM, started (and Flink's file systems initialized) on the first call. */
    public static synchronized LocalS3 get() {
        if (instance == null || !instance.process.isAlive()) {
            instance = start();
            initializeFlinkFileSystems(instance.endpoint());
        }
        return instance;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The Flink configuration that reaches this S3, as given to {@link FileSystem#initialize}; also
     * what a job's flink-conf needs to write here.
     */
    public Map<String, String> flinkConfiguration() {
        return flinkSettings(endpoint());
    }

    /** Creates the bucket unless this JVM already did; returns its name. */
    public synchronized String bucket(String name) {
        if (buckets.add(name)) {
            int status = request("PUT", "/" + name, null).status;
            if (status != 200 && status != 409) {
                buckets.remove(name);
                throw new IllegalStateException("Creating bucket " + name + " answered HTTP " + status);
            }
        }
        return name;
    }

    /** The keys of all objects under {@code prefix} (empty for all), in key order. */
    public List<String> listObjects(String bucket, String prefix) {
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            String query = "?list-type=2&prefix=" + encode(prefix)
                    + (token == null ? "" : "&continuation-token=" + encode(token));
            Response response = request("GET", "/" + bucket + query, null);
            if (response.status != 200) {
                throw new IllegalStateException(
                        "Listing s3://" + bucket + "/" + prefix + " answered HTTP " + response.status);
            }
            Document xml = parse(response.body);
            NodeList contents = xml.getElementsByTagName("Contents");
            for (int i = 0; i < contents.getLength(); i++) {
                keys.add(text((Element) contents.item(i), "Key"));
            }
            boolean truncated = "true".equals(text(xml.getDocumentElement(), "IsTruncated"));
            token = truncated ? text(xml.getDocumentElement(), "NextContinuationToken") : null;
        } while (token != null);
        keys.sort(Comparator.naturalOrder());
        return keys;
    }

    /** The content of an object as UTF-8 text. */
    public String readObject(String bucket, String key) {
        Response response = request("GET", "/" + bucket + "/" + key, null);
        if (response.status != 200) {
            throw new IllegalStateException("Reading s3://" + bucket + "/" + key + " answered HTTP " + response.status);
        }
        return new String(response.body, StandardCharsets.UTF_8);
    }

    /** Writes an object (for tests whose job reads from S3). */
    public void putObject(String bucket, String key, byte[] content) {
        int status = request("PUT", "/" + bucket + "/" + key, content).status;
        if (status != 200) {
            throw new IllegalStateException("Writing s3://" + bucket + "/" + key + " answered HTTP " + status);
        }
    }

    // ---- start

    private static LocalS3 start() {
        try {
            Path modules = NpmPackages.install();
            Path folder = Files.createTempDirectory("flink-blocks-s3-");
            Path data = Files.createDirectories(folder.resolve("data"));
            int port = FreePorts.next();
            List<String> command = List.of(
                    NpmPackages.node(),
                    modules.resolve("node_modules/s3rver/bin/s3rver.js").toString(),
                    "-d",
                    data.toString(),
                    "-a",
                    "127.0.0.1",
                    "-p",
                    Integer.toString(port),
                    "--allow-mismatched-signatures",
                    "--no-vhost-buckets",
                    "-s");
            ManagedProcess process =
                    ManagedProcess.start("s3rver", command, folder, Map.of(), folder.resolve("s3rver.log"));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                process.stop();
                                deleteQuietly(folder);
                            },
                            "delete-s3rver-folder"));
            LocalS3 s3 = new LocalS3(process, port);
            process.awaitReady(() -> s3.request("GET", "/", null).status == 200, START_TIMEOUT);
            return s3;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the local S3", e);
        }
    }

    private static Map<String, String> flinkSettings(String endpoint) {
        return Map.of(
                "s3.endpoint", endpoint,
                "s3.path.style.access", "true",
                "s3.access-key", ACCESS_KEY,
                "s3.secret-key", SECRET_KEY,
                "fs.s3a.connection.ssl.enabled", "false",
                "fs.s3a.signing-algorithm", "S3SignerType",
                // A fault fails fast instead of being retried for minutes.
                "fs.s3a.attempts.maximum", "2",
                // s3rver answers a ListObjectsV2 that its max-keys truncates with HTTP 500; S3A lists with
                // max-keys 2 when it deletes an object (the S3 file sink's in-progress pieces, on commit).
                "fs.s3a.list.version", "1");
    }

    /** {@link FileSystem#initialize} is JVM-global: done once, here, for every test of the JVM. */
    private static void initializeFlinkFileSystems(String endpoint) {
        try {
            Class.forName(FLINK_S3_FACTORY, false, LocalS3.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "Flink's s3:// file system is not on the test class path: add the test dependency"
                            + " org.apache.flink:flink-s3-fs-hadoop to the module");
        }
        Configuration configuration = new Configuration();
        flinkSettings(endpoint).forEach(configuration::setString);
        FileSystem.initialize(configuration, null);
    }

    // ---- HTTP

    /** How often a read is tried when s3rver answers with a server error. */
    static final int READ_ATTEMPTS = 4;

    static final class Response {
        final int status;
        final byte[] body;

        Response(int status, byte[] body) {
            this.status = status;
            this.body = body;
        }
    }

    private Response request(String method, String pathAndQuery, byte[] body) {
        if ("GET".equals(method)) {
            return retryingServerErrors(() -> send(method, pathAndQuery, null));
        }
        return send(method, pathAndQuery, body);
    }

    /**
     * Tries a read again, up to {@value #READ_ATTEMPTS} times in all, while the answer is a server error,
     * as AWS clients do: s3rver answers a listing with HTTP 500 now and then while a job writes the same
     * prefix, and a test that polls committed files must not fail on that.
     */
    static Response retryingServerErrors(Supplier<Response> read) {
        Response response = read.get();
        for (int attempt = 1; attempt < READ_ATTEMPTS && response.status >= 500; attempt++) {
            try {
                // A short back-off, growing with each attempt, as the AWS SDK's own retries do.
                TimeUnit.MILLISECONDS.sleep(100L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = read.get();
        }
        return response;
    }

    private Response send(String method, String pathAndQuery, byte[] body) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(endpoint() + pathAndQuery).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            } else if ("PUT".equals(method)) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(0);
                connection.getOutputStream().close();
            }
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] content = stream == null ? new byte[0] : readAll(stream);
            connection.disconnect();
            return new Response(status, content);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " on the local S3 failed", e);
        }
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            return in.readAllBytes();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(
                    "Unreadable answer from the local S3: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at JVM exit: a leftover temporary folder is harmless.
        }
    }
}
