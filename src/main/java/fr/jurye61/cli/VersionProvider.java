package fr.jurye61.cli;

import fr.jurye61.jobs.night.Version;
import picocli.CommandLine.IVersionProvider;

/** --version: the same version SARIF and the audit report name (the jar's Implementation-Version). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"jury-e61 " + Version.current()};
    }
}
