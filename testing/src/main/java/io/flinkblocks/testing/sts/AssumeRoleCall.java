package io.flinkblocks.testing.sts;

import org.apache.flink.annotation.PublicEvolving;

/** One {@code AssumeRole} request received by the {@link StsStandIn}. */
@PublicEvolving
public final class AssumeRoleCall {

    private final String roleArn;
    private final String roleSessionName;
    private final String externalId;
    private final String callerAccessKeyId;

    AssumeRoleCall(String roleArn, String roleSessionName, String externalId, String callerAccessKeyId) {
        this.roleArn = roleArn;
        this.roleSessionName = roleSessionName;
        this.externalId = externalId;
        this.callerAccessKeyId = callerAccessKeyId;
    }

    public String roleArn() {
        return roleArn;
    }

    public String roleSessionName() {
        return roleSessionName;
    }

    /** The external id, or null when the request had none. */
    public String externalId() {
        return externalId;
    }

    /** The access key id the request was signed with: the caller's base credentials. */
    public String callerAccessKeyId() {
        return callerAccessKeyId;
    }

    @Override
    public String toString() {
        return "AssumeRole(" + roleArn + ", session " + roleSessionName + ", external id " + externalId
                + ", signed by " + callerAccessKeyId + ")";
    }
}
