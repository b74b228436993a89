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
