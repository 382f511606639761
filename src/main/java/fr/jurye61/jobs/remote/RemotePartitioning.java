package fr.jurye61.jobs.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The names a distributed night's manager and its workers share: the JMS queue of partition
 * requests, the steps, the request's text form (never a serialized Java object off the network).
 */
public final class RemotePartitioning {
    /** Spring properties the commands set: the role of this JVM, and where the broker is. */
    public static final String ROLE = "jury.repartition.role";
    public static final String MANAGER = "manager";
    public static final String WORKER = "worker";
    public static final String BROKER = "jury.repartition.broker";
    public static final String PORT = "jury.repartition.port";
    public static final String LOTS = "jury.repartition.lots";
    public static final String TIMEOUT_MINUTES = "jury.repartition.delai-minutes";
    public static final String JOURNAL = "jury.repartition.journal";

    static final String QUEUE = "jury-e61.lots";
    /** Where a failed lot keeps its reason, for the manager's console. */
    static final String LOT_REASON = "motif-echec";
    /** The manager's step (in the night, before the evaluation) and the workers' step, one execution per lot. */
    public static final String MANAGER_STEP = "analyse-documents";
    public static final String WORKER_STEP = "analyse-lot";

    private RemotePartitioning() {
    }

    static String request(String stepName, long stepExecutionId) {
        return stepName + "\t" + stepExecutionId;
    }

    /** A request in text form: the worker step's name and the lot's step execution id. */
    record Request(String stepName, long stepExecutionId) {
        static Request parse(String text) {
            String[] f = text.strip().split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("requête de lot illisible : " + text);
            }
            return new Request(f[0], Long.parseLong(f[1]));
        }
    }

    /** The broker address with the client settings every JVM of the night uses. */
    static String clientUrl(String broker) {
        // no prefetch (a busy worker holds no other lot); reconnect across a broker restart
        return broker + (broker.contains("?") ? "&" : "?")
                + "consumerWindowSize=0&reconnectAttempts=-1&retryInterval=500&retryIntervalMultiplier=1.5"
                + "&maxRetryInterval=5000";
    }

    /** This machine's name, as the console gives it to the workers and names a worker. */
    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** This worker, in a French message: its machine and process. */
    static String host() {
        return hostName() + " (pid " + ProcessHandle.current().pid() + ")";
    }

    /** A broker is reached over TCP: anything else is a configuration error, named in French. */
    public static void checkBrokerAddress(String broker) {
        if (!broker.startsWith("tcp://")) {
            throw new fr.jurye61.io.config.ConfigurationException("--broker " + broker + " : attendu tcp://HÔTE:PORT.");
        }
    }
}
