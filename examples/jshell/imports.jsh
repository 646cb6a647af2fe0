// Start-up imports for an interactive session with the outcomes library:
//   jshell --class-path "examples/target/classes:$(cat examples/target/jshell.classpath)" --startup DEFAULT --startup examples/jshell/imports.jsh
// then type NationalMetrics. and press tab.
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.aggregate.*;
import org.combatingdrugs.outcomes.area.*;
import org.combatingdrugs.outcomes.assess.*;
import org.combatingdrugs.outcomes.audit.*;
import org.combatingdrugs.outcomes.examples.*;
import org.combatingdrugs.outcomes.calc.*;
import org.combatingdrugs.outcomes.exact.*;
import org.combatingdrugs.outcomes.framework.*;
import org.combatingdrugs.outcomes.judgement.*;
import org.combatingdrugs.outcomes.measure.*;
import org.combatingdrugs.outcomes.period.*;
import org.combatingdrugs.outcomes.rag.*;
import org.combatingdrugs.outcomes.result.*;
import org.combatingdrugs.outcomes.spc.*;
import org.combatingdrugs.outcomes.stats.*;
import org.combatingdrugs.outcomes.target.*;
