package de.bochumtwin.cli;

import picocli.CommandLine.Command;

/** {@code twin version}: prints the version of the twin and of the Java runtime. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the twin's version.")
final class VersionCommand implements Runnable {
  @Override
  public void run() {
    System.out.println("twin " + TwinVersion.get() + " (Java " + System.getProperty("java.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
  }
}
