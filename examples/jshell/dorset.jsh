// Dorset CDP progress report, July 2023, recomputed by hand in JShell.
// Start it from the repository root (after the README's first command) with:
//   jshell --class-path "$(cat examples/target/jshell.classpath):examples/target/classes" examples/jshell/dorset.jsh
import java.math.*;
import org.apache.commons.numbers.fraction.BigFraction;
import org.combatingdrugs.outcomes.audit.*;

// SOC disruptions: 964 last year, 1,036 projected; the report printed a 7.4% increase.
var soc = FigureCheck.of(new BigDecimal("7.4"), BigFraction.of(1036 - 964, 964).multiply(100), RoundingMode.HALF_UP);
System.out.println("SOC disruptions: printed 7.4%, expected " + soc.expected() + "% -> consistent? " + soc.isConsistent());
/exit
