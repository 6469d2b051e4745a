/**
 * Parameter sweeps and ensembles ({@code twin sweep}, docs/sweeps.md): a sweep file is expanded into
 * numbered members (point x seed) with resolved settings ({@link de.bochumtwin.cli.sweep.SweepPlanner});
 * members run as separate JVMs on this machine within a memory budget or as a SLURM array job
 * ({@link de.bochumtwin.cli.sweep.Sweeps}); each member is one {@code twin run}
 * ({@link de.bochumtwin.cli.sweep.MemberRunner}).
 *
 * <p>Invariants: member n belongs to point n / seeds; its outputs live only in
 * {@code runs/member=<n>/} (hive-style), and a member is finished exactly when its completion marker
 * {@code _SUCCESS} exists, written atomically after all its outputs. Nothing reruns a finished member.
 * The plan folder is written atomically and never changed by later commands except for {@code runs/},
 * {@code logs/}, {@code collect/}, the sbatch scripts, {@code jobs.csv} and {@code backend}.
 * Units: memory in GB (GiB: 1 GB = 1024 MiB for SLURM's --mem), time as sbatch takes it.
 */
package de.bochumtwin.cli.sweep;
