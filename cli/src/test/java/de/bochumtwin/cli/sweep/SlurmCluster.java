package de.bochumtwin.cli.sweep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node SLURM for tests: writes slurm.conf from {@code hostname -s} and {@code slurmd -C},
 * starts munged (unless one runs), slurmctld and slurmd by hand (there is no systemd here) and stops
 * exactly the processes it started, by PID. Skips (JUnit assumption) when not root, when Debian's
 * slurm-wlm/munge packages are missing, or when a SLURM installation of someone else is present.
 */
final class SlurmCluster implements AutoCloseable {
  static final Path CONF = Path.of("/etc/slurm/slurm.conf");
  private static final String MARKER = "# written by twin's SlurmCluster test fixture";

  private final Path work;
  private final List<Process> daemons = new ArrayList<>();
  private long mungedPid = -1;
  private boolean wroteConf;

  private SlurmCluster(Path work) {
    this.work = work;
  }

  static SlurmCluster startOrSkip(Path work) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "the SLURM test starts daemons and needs root: skipping");
    for (String exe : List.of("/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch",
        "/usr/bin/squeue", "/usr/bin/scancel", "/usr/bin/sinfo")) {
      assumeTrue(Files.isExecutable(Path.of(exe)), exe + " not found; install SLURM with 'apt-get install -y"
          + " --no-install-recommends slurmctld slurmd slurm-client munge' (.ci/run does): skipping");
    }
    assumeTrue(!Files.exists(CONF) || Files.readString(CONF).contains(MARKER),
        CONF + " exists and was not written by this test (a real SLURM setup?); not touching it: skipping");
    assumeTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().command().map(
        c -> c.endsWith("/slurmctld") || c.endsWith("/slurmd")).orElse(false)),
        "a slurmctld or slurmd is already running; not touching it: skipping");
    SlurmCluster c = new SlurmCluster(Files.createDirectories(work));
    try {
      c.start();
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
    return c;
  }

  private void start() throws Exception {
    String host = exec("hostname", "-s").trim();
    Map<String, String> node = new LinkedHashMap<>();
    for (String kv : exec("/usr/sbin/slurmd", "-C").lines().findFirst().orElse("").split("\\s+")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        node.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    long realMb = Long.parseLong(node.getOrDefault("RealMemory", "4096"));
    Files.createDirectories(work.resolve("state"));
    Files.createDirectories(work.resolve("spool"));
    String conf = MARKER + "; it is removed when the test ends\n"
        + "ClusterName=twintest\nSlurmctldHost=" + host + "\nSlurmUser=root\nSlurmdUser=root\n"
        + "AuthType=auth/munge\nCredType=cred/munge\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
        + "SelectType=select/cons_tres\nSelectTypeParameters=CR_Core_Memory\nSchedulerType=sched/backfill\n"
        + "MpiDefault=none\nReturnToService=2\nJobAcctGatherType=jobacct_gather/none\n"
        + "AccountingStorageType=accounting_storage/none\n"
        + "StateSaveLocation=" + work.resolve("state") + "\nSlurmdSpoolDir=" + work.resolve("spool") + "\n"
        + "SlurmctldPidFile=" + work.resolve("slurmctld.pid") + "\nSlurmdPidFile=" + work.resolve("slurmd.pid") + "\n"
        + "SlurmctldLogFile=" + work.resolve("slurmctld.log") + "\nSlurmdLogFile=" + work.resolve("slurmd.log") + "\n"
        + "NodeName=" + host + " CPUs=" + node.getOrDefault("CPUs", "1")
        + " Boards=" + node.getOrDefault("Boards", "1") + " SocketsPerBoard=" + node.getOrDefault("SocketsPerBoard", "1")
        + " CoresPerSocket=" + node.getOrDefault("CoresPerSocket", "1") + " ThreadsPerCore=" + node.getOrDefault("ThreadsPerCore", "1")
        + " RealMemory=" + Math.max(1024, realMb - 1024) + " State=UNKNOWN\n"
        + "PartitionName=debug Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP\n";
    Files.createDirectories(CONF.getParent());
    Files.writeString(CONF, conf, StandardCharsets.UTF_8);
    wroteConf = true;
    if (ProcessHandle.allProcesses().noneMatch(p -> p.info().command().map(c -> c.endsWith("/munged")).orElse(false))) {
      Files.createDirectories(Path.of("/run/munge"));
      exec("chown", "munge:munge", "/run/munge");
      exec("runuser", "-u", "munge", "--", "/usr/sbin/munged"); // daemonizes; its PID is in the pid file
      Path pid = Path.of("/run/munge/munged.pid");
      for (int i = 0; i < 50 && !Files.exists(pid); i++) {
        Thread.sleep(100);
      }
      mungedPid = Long.parseLong(Files.readString(pid).trim());
    }
    daemons.add(new ProcessBuilder("/usr/sbin/slurmctld", "-D", "-f", CONF.toString()).redirectErrorStream(true)
        .redirectOutput(work.resolve("slurmctld.out").toFile()).start());
    Thread.sleep(1000);
    daemons.add(new ProcessBuilder("/usr/sbin/slurmd", "-D", "-f", CONF.toString()).redirectErrorStream(true)
        .redirectOutput(work.resolve("slurmd.out").toFile()).start());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String state = "";
    while (System.nanoTime() < deadline) {
      state = exec("sinfo", "-h", "-o", "%t").trim();
      if (state.equals("idle")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("SLURM did not become idle within 60 s (sinfo: '" + state + "'); logs in " + work);
  }

  /** Stops what this fixture started (slurmd, slurmctld, munged) by PID and removes its slurm.conf. */
  @Override
  public void close() throws IOException {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.destroy();
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (mungedPid > 0) {
      ProcessHandle.of(mungedPid).ifPresent(ProcessHandle::destroy);
    }
    if (wroteConf) {
      Files.deleteIfExists(CONF);
    }
  }

  static String exec(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", cmd) + " did not finish within 30 s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + out.trim());
    }
    return out;
  }
}
