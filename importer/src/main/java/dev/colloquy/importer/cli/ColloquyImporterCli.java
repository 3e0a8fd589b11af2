package dev.colloquy.importer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code colloquy-importer}: the developers' tool for reading new articles before they enter the corpus. */
@Command(
        name = "colloquy-importer",
        mixinStandardHelpOptions = true,
        versionProvider = ColloquyImporterCli.Version.class,
        description = "Parses interview articles into Colloquy's model and reports what it found.",
        subcommands = {ParseCommand.class, EvaluateCommand.class, FitWeightsCommand.class, TrainNamesCommand.class})
public final class ColloquyImporterCli implements Runnable {

    /** Exit code for documents that could not be parsed. */
    public static final int EXIT_PARSE_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ColloquyImporterCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ColloquyImporterCli.class.getPackage().getImplementationVersion();
            return new String[] {"colloquy-importer " + (version == null ? "development build" : version)};
        }
    }
}
