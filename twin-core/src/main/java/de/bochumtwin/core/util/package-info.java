/** Small primitive data structures for the hot paths (heaps, hashing); no domain knowledge. */
package de.bochumtwin.core.util;
