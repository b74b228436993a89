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
package io.flinkblocks.testing.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link LocalServices} run prints: each service's endpoint and resources, then each file
 * written with the command that runs its job. It is given endpoints, names and commands only, never
 * property values, so nothing it prints can hold a secret.
 */
final class ServicesReport {

    private final PrintStream out;

    ServicesReport(PrintStream out) {
        this.out = out;
    }

    void services(Map<LocalService, String> endpoints, Set<LocalResource> resources) {
        out.println();
        out.println("Local services:");
        endpoints.forEach((service, endpoint) -> {
            out.printf("  %-9s %s%n", service.title(), endpoint);
            List<String> names = resources.stream()
                    .filter(r -> r.service() == service)
                    .map(LocalResource::name)
                    .collect(Collectors.toList());
            if (!names.isEmpty()) {
                out.printf("  %-9s %s: %s%n", "", service.resources(), String.join(", ", names));
            }
        });
    }

    void filesHeader(Path outputFolder) {
        out.println();
        out.println("Properties files, in " + outputFolder + ":");
    }

    void file(String name, Path source, String command, PropertiesRewriter.Rewritten result) {
        out.println("  " + name + " (from " + source + ")");
        out.println("    " + command);
        List<String> buckets = result.resources().stream()
                .filter(r -> r.service() == LocalService.S3)
                .map(r -> "s3://" + r.name())
                .collect(Collectors.toList());
        if (!buckets.isEmpty() && !result.settings().contains(LocalSetting.S3_ENDPOINT)) {
            // Buckets but no endpoint in the file: the job's file system is configured outside its properties.
            out.println("    note: " + String.join(", ", buckets) + " is on the local S3; the job's s3:// file system"
                    + " reaches it only when Flink is configured for it (see testing/README.md)");
        }
        for (String leftAlone : result.leftAlone()) {
            out.println("    left as it is: " + leftAlone);
        }
    }
}
