package ma.majlis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the layout (README, "Layout"; issue #16): each package depends on others without going round in
 * a circle, the engine's internals are reached only through {@code platform/} (so that a move to another Camunda 7
 * distribution is a dependency change and a package rename), and a {@code …Check} validates without writing to
 * Majlis's tables (one that writes is a {@code …CheckAndRecord}).
 */
class ArchitectureTest {

    private static JavaClasses majlis;

    @BeforeAll
    static void importMainClasses() {
        majlis = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.majlis");
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("ma.majlis.(**)").should().beFreeOfCycles().check(majlis);
    }

    @Test
    void onlyPlatformReachesTheEnginesInternals() {
        noClasses().that().resideOutsideOfPackage("ma.majlis.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("the engine's internals stay behind platform/ (EngineClock, Authentications, ...)")
                .check(majlis);
    }

    @Test
    void aCheckWritesNothingToMajlissTables() {
        classes().that().haveSimpleNameEndingWith("Check").and().resideOutsideOfPackage("ma.majlis.platform..")
                .should(new NeverReachAWrite())
                .because("a …Check only validates; one that also records is a …CheckAndRecord")
                .check(majlis);
    }

    /** Follows every call a class's methods make inside ma.majlis, and fails when one reaches a JDBC update. */
    private static final class NeverReachAWrite extends ArchCondition<JavaClass> {

        private static final Set<String> JDBC = Set.of(
                "org.springframework.jdbc.core.JdbcTemplate",
                "org.springframework.jdbc.core.JdbcOperations",
                "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
                "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
                "org.springframework.jdbc.core.simple.JdbcClient$StatementSpec",
                "org.springframework.jdbc.core.simple.SimpleJdbcInsert");
        private static final Set<String> WRITES = Set.of("update", "batchUpdate", "execute", "executeAndReturnKey");

        NeverReachAWrite() {
            super("never reach a JDBC write through the calls it makes");
        }

        @Override
        public void check(JavaClass checkClass, ConditionEvents events) {
            Map<JavaCodeUnit, JavaCodeUnit> cameFrom = new HashMap<>();
            Deque<JavaCodeUnit> toVisit = new ArrayDeque<>();
            for (JavaCodeUnit unit : checkClass.getCodeUnits()) {
                cameFrom.put(unit, null);
                toVisit.add(unit);
            }
            while (!toVisit.isEmpty()) {
                JavaCodeUnit unit = toVisit.poll();
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    if (JDBC.contains(owner) && WRITES.contains(call.getName())) {
                        events.add(SimpleConditionEvent.violated(checkClass,
                                checkClass.getSimpleName() + " writes: " + path(cameFrom, unit) + " -> "
                                        + call.getTargetOwner().getSimpleName() + "." + call.getName()));
                        return;
                    }
                    if (!owner.startsWith("ma.majlis.")) {
                        continue;
                    }
                    call.getTarget().resolveMember().ifPresent(target -> {
                        if (!cameFrom.containsKey(target)) {
                            cameFrom.put(target, unit);
                            toVisit.add(target);
                        }
                    });
                }
            }
            events.add(SimpleConditionEvent.satisfied(checkClass, checkClass.getSimpleName() + " writes nothing"));
        }

        private static String path(Map<JavaCodeUnit, JavaCodeUnit> cameFrom, JavaCodeUnit last) {
            Deque<String> steps = new ArrayDeque<>();
            for (JavaCodeUnit unit = last; unit != null; unit = cameFrom.get(unit)) {
                steps.push(unit.getOwner().getSimpleName() + "." + unit.getName());
            }
            return String.join(" -> ", steps);
        }
    }
}
