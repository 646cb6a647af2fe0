package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A sentence a panel paper prints about one assessment, with every figure it printed: {@code
 * County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24, +90.0% (+72) on 2022/23;
 * GREEN (improvement of at least 0%)}. The sentence has no closing full stop, as a table row or
 * bullet prints it.
 *
 * @param text the sentence
 * @param figures every figure in the text, in the order printed; each figure's text is the part of
 *     {@code text} at its place, and no two overlap. Period labels ({@code 2023/24 Q1}) are words,
 *     not figures
 */
public record Sentence(String text, ImmutableList<SentenceFigure> figures) {

  /** Checks that each figure is printed in the text where it says, in order. */
  public Sentence {
    checkNotNull(text, "text");
    figures = ImmutableList.copyOf(figures);
    int after = 0;
    for (SentenceFigure figure : figures) {
      checkArgument(
          figure.start() >= after && figure.end() <= text.length(),
          "figure %s must lie in the text after the figure before it (from %s) but the text was '%s'",
          figure,
          (Integer) after,
          text);
      checkArgument(
          text.startsWith(figure.printed().text(), figure.start()),
          "figure %s must be printed in the text at its start but the text was '%s'",
          figure,
          text);
      after = figure.end();
    }
  }

  /**
   * The figures of one role, in the order printed.
   *
   * @param role what the figures are
   * @return the figures; empty when the sentence printed none
   */
  public ImmutableList<SentenceFigure> figures(SentenceFigure.Role role) {
    checkNotNull(role, "role");
    return figures.stream().filter(f -> f.role() == role).collect(ImmutableList.toImmutableList());
  }

  /**
   * A sentence from its text and figures.
   *
   * @param text the sentence
   * @param figures its figures, in order
   * @return the sentence
   */
  public static Sentence of(String text, List<SentenceFigure> figures) {
    return new Sentence(text, ImmutableList.copyOf(figures));
  }

  /** The text. */
  @Override
  public String toString() {
    return text;
  }
}
