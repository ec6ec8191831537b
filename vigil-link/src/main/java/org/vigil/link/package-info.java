/** Record linkage: joins records of the same person across sources, spellings and scripts. */
package org.vigil.link;
