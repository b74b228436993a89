package io.flinkblocks.runtime;

import java.net.URISyntaxException;
import java.util.List;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Creates the execution environment of a job: the cluster's on MSF or on a self-managed cluster, a
 * local one otherwise.
 *
 * <p>Unlike a bare {@link StreamExecutionEnvironment#getExecutionEnvironment()}, it also runs jobs
 * started from an isolated class loader, as {@code mvn exec:java} and some IDE launchers do: Flink's
 * local job manager loads a job without JARs through the <em>system</em> class loader, which there
 * cannot see Flink, and the job fails with {@code ClassNotFoundException: ExecutionConfig}. In that
 * case only, the job gets a class path entry and parent-first loading, so its classes resolve through
 * the launcher's class loader.
 */
public final class JobEnvironment {

    private JobEnvironment() {}

    public static StreamExecutionEnvironment create() {
        Configuration config = new Configuration();
        if (!flinkVisibleToSystemClassLoader()) {
            config.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
            config.set(PipelineOptions.CLASSPATHS, List.of(ownLocation()));
        }
        return StreamExecutionEnvironment.getExecutionEnvironment(config);
    }

    static boolean flinkVisibleToSystemClassLoader() {
        try {
            Class.forName(StreamExecutionEnvironment.class.getName(), false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String ownLocation() {
        try {
            return JobEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL().toString();
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException("Cannot locate the job's classes", e);
        }
    }
}
