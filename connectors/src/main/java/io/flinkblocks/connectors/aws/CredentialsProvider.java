package io.flinkblocks.connectors.aws;

/** The values of {@code aws.credentials.provider} the AWS connectors understand. */
enum CredentialsProvider {
    /** The SDK's default chain: on MSF, the application's IAM role. */
    AUTO,
    BASIC,
    ENV_VAR,
    SYS_PROP,
    PROFILE,
    ASSUME_ROLE,
    WEB_IDENTITY_TOKEN,
    CUSTOM
}
