package io.flinkblocks.testing.local;

/**
 * A connection setting whose local value only a running stand-in knows (its port, its generated
 * truststore): what {@link ServiceKeys} finds in a property group and {@link LocalEndpoints} answers.
 */
enum LocalSetting {
    KINESIS_ENDPOINT(LocalService.KINESIS),
    FIREHOSE_ENDPOINT(LocalService.FIREHOSE),
    STS_ENDPOINT(LocalService.STS),
    S3_ENDPOINT(LocalService.S3),
    KAFKA_BOOTSTRAP_SERVERS(LocalService.KAFKA),
    KAFKA_SSL_BOOTSTRAP_SERVERS(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_LOCATION(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_TYPE(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_PASSWORD(LocalService.KAFKA);

    private final LocalService service;

    LocalSetting(LocalService service) {
        this.service = service;
    }

    LocalService service() {
        return service;
    }
}
