/**
 * JMH micro-benchmarks of the core kernels (mobsim, routing), seeded and reproducible. Never run by
 * {@code mvn test}; run {@code java -jar bench/target/benchmarks.jar} (docs/performance.md).
 */
package de.bochumtwin.bench;
