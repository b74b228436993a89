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
package io.flinkblocks.testing.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Scans text files (log files, test reports) line by line for secret values and reports each hit by
 * file, line number and the secret's name, never by its value, so that a report of a leak does not
 * leak it again. A value is also looked for URL-encoded (as in a logged form body or query) when that
 * differs.
 *
 * <pre>{@code
 * SecretsScanner.Result result = SecretsScanner.ofPlantedSecrets().scan(files);
 * assertThat(result.findings()).isEmpty();
 * }</pre>
 */
@PublicEvolving
public final class SecretsScanner {

    /** The markers that show a secret was there and was hidden: ours, Kafka's and Flink's. */
    public static final List<String> REDACTION_MARKERS =
            List.of("<redacted>", "&lt;redacted&gt;", "[hidden]", "******");

    private final Map<String, List<String>> formsByName = new LinkedHashMap<>();

    /** A scanner for {@code secrets}, by name; each value must be at least 8 characters long. */
    public SecretsScanner(Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("No secrets to look for");
        }
        secrets.forEach((name, value) -> {
            if (value == null || value.length() < 8) {
                throw new IllegalArgumentException(
                        "Secret " + name + " is shorter than 8 characters: too common to look for");
            }
            List<String> forms = new ArrayList<>();
            forms.add(value);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            if (!encoded.equals(value)) {
                forms.add(encoded);
            }
            formsByName.put(name, forms);
        });
    }

    /** A scanner for {@link PlantedSecrets#all()}. */
    public static SecretsScanner ofPlantedSecrets() {
        return new SecretsScanner(PlantedSecrets.all());
    }

    /** The names of the secrets looked for. */
    public List<String> secretNames() {
        return new ArrayList<>(formsByName.keySet());
    }

    /** Scans every file, in order; a file that cannot be read fails the scan. */
    public Result scan(Collection<Path> files) {
        Result result = new Result();
        for (Path file : files) {
            scanFile(file, result);
        }
        return result;
    }

    private void scanFile(Path file, Result result) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        long lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                for (Map.Entry<String, List<String>> secret : formsByName.entrySet()) {
                    for (String form : secret.getValue()) {
                        if (line.contains(form)) {
                            result.findings.add(new Finding(file, lineNumber, secret.getKey()));
                            break;
                        }
                    }
                }
                for (String marker : REDACTION_MARKERS) {
                    if (line.contains(marker)) {
                        result.redactionMarkerLines++;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        result.linesByFile.put(file, lineNumber);
    }

    /** What a scan read and found. */
    public static final class Result {
        private final Map<Path, Long> linesByFile = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private long redactionMarkerLines;

        /** Every file scanned with its number of lines, in scan order. */
        public Map<Path, Long> linesByFile() {
            return Collections.unmodifiableMap(linesByFile);
        }

        public int files() {
            return linesByFile.size();
        }

        public long lines() {
            return linesByFile.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Lines holding a redaction marker ({@link #REDACTION_MARKERS}): a secret was there, hidden. */
        public long redactionMarkerLines() {
            return redactionMarkerLines;
        }

        /** Every line holding a secret, once per secret and line. */
        public List<Finding> findings() {
            return Collections.unmodifiableList(findings);
        }

        @Override
        public String toString() {
            return files() + " files, " + lines() + " lines, " + redactionMarkerLines
                    + " lines with a redaction marker, " + findings.size() + " lines with a secret";
        }
    }

    /** One line holding one secret: where, and which secret by name. */
    public static final class Finding {
        private final Path file;
        private final long line;
        private final String secretName;

        Finding(Path file, long line, String secretName) {
            this.file = file;
            this.line = line;
            this.secretName = secretName;
        }

        public Path file() {
            return file;
        }

        public long line() {
            return line;
        }

        public String secretName() {
            return secretName;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Finding)) {
                return false;
            }
            Finding that = (Finding) other;
            return file.equals(that.file) && line == that.line && secretName.equals(that.secretName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line, secretName);
        }

        /** {@code <file>:<line>: <secret name>}, never the value. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + secretName;
        }
    }
}
