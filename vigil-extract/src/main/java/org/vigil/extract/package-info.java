/** Reads human-rights reports (text, HTML, PDF) into draft facts that point to the words they came from. */
package org.vigil.extract;
