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

import java.util.Objects;

/** A resource a properties file names on a local service: a stream, delivery stream, topic or bucket. */
final class LocalResource {

    private final LocalService service;
    private final String name;

    LocalResource(LocalService service, String name) {
        this.service = service;
        this.name = name;
    }

    LocalService service() {
        return service;
    }

    String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LocalResource)) {
            return false;
        }
        LocalResource that = (LocalResource) other;
        return service == that.service && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, name);
    }

    @Override
    public String toString() {
        return service.title() + " " + name;
    }
}
