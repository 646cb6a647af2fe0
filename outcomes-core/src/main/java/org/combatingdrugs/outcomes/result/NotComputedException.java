package org.combatingdrugs.outcomes.result;

/** Thrown by {@link Result#orElseThrow()} when there is no value; the message gives the reason. */
public final class NotComputedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient Reason reason;

  NotComputedException(Reason reason) {
    super("not computed: " + reason.sentence() + " (" + reason.name() + ")");
    this.reason = reason;
  }

  /** Why there is no value. */
  public Reason reason() {
    return reason;
  }
}
