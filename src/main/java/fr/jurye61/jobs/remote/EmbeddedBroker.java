package fr.jurye61.jobs.remote;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The Artemis broker a manager embeds when no external one is given: on a TCP port, persistent
 * (its journal under --state/broker), so that a request a worker took and did not finish is
 * delivered again, and the requests survive a restart of the manager.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public EmbeddedBroker(int port, Path journal) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("jury-e61");
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(journal.resolve("journal").toString());
        config.setBindingsDirectory(journal.resolve("liaisons").toString());
        config.setLargeMessagesDirectory(journal.resolve("gros-messages").toString());
        config.setPagingDirectory(journal.resolve("pagination").toString());
        config.setSecurityEnabled(false);
        config.addAcceptorConfiguration("tcp", "tcp://0.0.0.0:" + port);
        server.setConfiguration(config);
        server.start();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
