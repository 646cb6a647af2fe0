package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/** Writes a reporting period as its canonical label, a JSON string such as {@code "2023/24 Q1"}. */
public final class PeriodSerializer extends StdSerializer<ReportingPeriod> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final PeriodSerializer INSTANCE = new PeriodSerializer();

  private PeriodSerializer() {
    super(ReportingPeriod.class);
  }

  @Override
  public void serialize(ReportingPeriod value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.label());
  }
}
