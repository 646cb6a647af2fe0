package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Where the facts of a catalogue entry come from and how far they can be trusted.
 *
 * @param source the address or document the facts were read in, not blank
 * @param confidence how well established they are
 * @param notes what stays unconfirmed, empty when nothing does
 */
public record Provenance(String source, Confidence confidence, String notes) {

  /** Checks that the source is given. */
  public Provenance {
    checkNotNull(source, "source");
    checkNotNull(confidence, "confidence");
    checkNotNull(notes, "notes");
    checkArgument(!source.isBlank(), "source must not be blank but was '%s'", source);
  }

  /**
   * The source with its confidence: {@code defined by Dorset CDP (high confidence)}, {@code <source>
   * (medium confidence, with notes)}; the notes, often a paragraph, are {@link #notes()}.
   */
  @Override
  public String toString() {
    return source
        + " ("
        + confidence.name().toLowerCase(Locale.ROOT)
        + " confidence"
        + (notes.isEmpty() ? "" : ", with notes")
        + ")";
  }

  /**
   * The provenance of a definition made by its own user, such as a partnership's local metric.
   *
   * @param who who defined it, such as {@code "Dorset CDP"}
   * @return a high-confidence provenance
   */
  public static Provenance definedBy(String who) {
    checkNotNull(who, "who");
    return new Provenance("defined by " + who, Confidence.HIGH, "");
  }
}
