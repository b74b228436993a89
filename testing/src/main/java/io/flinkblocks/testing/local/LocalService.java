package io.flinkblocks.testing.local;

/** The local stand-ins {@link LocalServices} can start, with what each one's resources are called. */
enum LocalService {
    KINESIS("Kinesis", "streams"),
    FIREHOSE("Firehose", "delivery streams"),
    STS("STS", ""),
    KAFKA("Kafka", "topics"),
    S3("S3", "buckets");

    private final String title;
    private final String resources;

    LocalService(String title, String resources) {
        this.title = title;
        this.resources = resources;
    }

    String title() {
        return title;
    }

    /** What its resources are called, plural; empty for a service without any. */
    String resources() {
        return resources;
    }
}
