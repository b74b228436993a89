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
        return "AssumeRole(" + roleArn + ", session " + roleSessionName + ", external id " + externalId + ", signed by "
                + callerAccessKeyId + ")";
    }
}
