package de.bochumtwin.cli.configure;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;

/** Loaded inputs of a run: a network and a population (already sampled), and a name for the log. */
public record Scenario(String name, Network network, Population population) {}
