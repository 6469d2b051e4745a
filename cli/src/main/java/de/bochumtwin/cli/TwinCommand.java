package de.bochumtwin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code twin} command: entry point of the jar. Subcommands do the work; this class only maps
 * failures to exit codes (0 ok, 2 bad usage or input, 1 internal error) and prints one clear line.
 */
@Command(
    name = "twin",
    mixinStandardHelpOptions = true,
    versionProvider = TwinCommand.Version.class,
    description = "Bochum mobility & environment twin: agent-based traffic simulation with MATSim formats and Parquet results.",
    subcommands = {RunCommand.class, PrepareCommand.class, AssignCommand.class, CalibrateCommand.class, EmissionsCommand.class,
        AirQualityCommand.class, CompareCommand.class, SweepCommand.class, PublishCommand.class, BenchCommand.class,
        VersionCommand.class, CommandLine.HelpCommand.class})
public final class TwinCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new TwinCommand());
    cl.setExecutionExceptionHandler(TwinCommand::handle);
    return cl;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code = Failures.exitCode(e);
    if (code == ExitCodes.BAD_INPUT) {
      err.println("error: " + e.getMessage());
    } else {
      err.println("internal error (please report it with the command you ran): " + e);
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Supplies {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"twin " + TwinVersion.get() + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}
