package io.flinkblocks.testing.apistability;

public class UnmarkedApi {

    /** Nested: only the enclosing type is reported. */
    public static class Nested {}

    public Runnable task() {
        return new Runnable() {
            @Override
            public void run() {}
        };
    }
}
