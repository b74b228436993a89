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
package io.flinkblocks.testing.sts;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.flink.annotation.PublicEvolving;

import com.sun.net.httpserver.HttpExchange;

import io.flinkblocks.testing.process.LoopbackHttpServer;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * A loopback stand-in for the AWS Security Token Service that answers {@code AssumeRole} (Query
 * protocol, version 2011-06-15) with temporary credentials, and records each call, so that the
 * assume-role path of a connector (cross-account access) runs for real against local services.
 * Point a connector at it with {@code aws.credentials.provider.role.stsEndpoint}.
 *
 * <p>It checks what the service checks on the request's shape (a role ARN of the form
 * {@code arn:aws:iam::<12 digits>:role/<name>}, a session name of 2 to 64 characters of
 * {@code [\w+=,.@-]}, a signed request), not permissions. Other actions get an
 * {@code InvalidAction} error. The credentials it hands out are planted secrets
 * ({@link PlantedSecrets#STS_SECRET_ACCESS_KEY}, session tokens starting with
 * {@link PlantedSecrets#AWS_SESSION_TOKEN}), so a scan of the test logs can prove they never appear.
 */
@PublicEvolving
public final class StsStandIn implements AutoCloseable {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/([\\w+=,.@/-]{1,512})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern SIGNING_KEY = Pattern.compile("Credential=([^/,\\s]+)/");

    private final List<AssumeRoleCall> calls = new CopyOnWriteArrayList<>();
    private final LoopbackHttpServer server;

    private StsStandIn() {
        this.server = LoopbackHttpServer.start("sts-stand-in", 2, this::handle);
    }

    /** Starts on a free loopback port. */
    public static StsStandIn start() {
        return new StsStandIn();
    }

    /** The endpoint to give a client, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create(server.endpoint());
    }

    /** Every {@code AssumeRole} call answered with credentials, in order. */
    public List<AssumeRoleCall> calls() {
        return new ArrayList<>(calls);
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> form =
                    parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (exchange.getRequestURI().getRawQuery() != null) {
                form.putAll(parseForm(exchange.getRequestURI().getRawQuery()));
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Matcher signer = SIGNING_KEY.matcher(authorization == null ? "" : authorization);
            if (!signer.find()) {
                reply(
                        exchange,
                        403,
                        error("Sender", "MissingAuthenticationToken", "Request is missing Authentication Token"));
                return;
            }
            if (!"AssumeRole".equals(form.get("Action"))) {
                reply(
                        exchange,
                        400,
                        error("Sender", "InvalidAction", "Could not find operation " + form.get("Action")));
                return;
            }
            String roleArn = form.getOrDefault("RoleArn", "");
            String sessionName = form.getOrDefault("RoleSessionName", "");
            Matcher arn = ROLE_ARN.matcher(roleArn);
            if (!arn.matches()) {
                reply(exchange, 400, error("Sender", "ValidationError", "Invalid RoleArn: " + roleArn));
                return;
            }
            if (!SESSION_NAME.matcher(sessionName).matches()) {
                reply(exchange, 400, error("Sender", "ValidationError", "Invalid RoleSessionName: " + sessionName));
                return;
            }
            int seconds = Integer.parseInt(form.getOrDefault("DurationSeconds", "3600"));
            calls.add(new AssumeRoleCall(roleArn, sessionName, form.get("ExternalId"), signer.group(1)));
            reply(exchange, 200, credentials(arn.group(1), arn.group(2), sessionName, seconds));
        } catch (RuntimeException e) {
            reply(exchange, 500, error("Receiver", "InternalFailure", String.valueOf(e.getMessage())));
        } finally {
            exchange.close();
        }
    }

    private static String credentials(String account, String role, String session, int seconds) {
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        Instant expiration = Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleResult>"
                + "<Credentials>"
                + "<AccessKeyId>ASIA" + id.substring(0, 16) + "</AccessKeyId>"
                + "<SecretAccessKey>" + PlantedSecrets.STS_SECRET_ACCESS_KEY + "</SecretAccessKey>"
                + "<SessionToken>" + PlantedSecrets.AWS_SESSION_TOKEN + "-" + id + "</SessionToken>"
                + "<Expiration>" + expiration + "</Expiration>"
                + "</Credentials>"
                + "<AssumedRoleUser>"
                + "<AssumedRoleId>AROA" + id.substring(16, 28) + ":" + session + "</AssumedRoleId>"
                + "<Arn>arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session + "</Arn>"
                + "</AssumedRoleUser>"
                + "</AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</AssumeRoleResponse>";
    }

    private static String error(String type, String code, String message) {
        return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                + "<Type>" + type + "</Type><Code>" + code + "</Code><Message>" + escape(message) + "</Message>"
                + "</Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        LoopbackHttpServer.reply(exchange, status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
