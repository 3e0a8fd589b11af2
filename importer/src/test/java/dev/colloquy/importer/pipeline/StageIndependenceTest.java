package dev.colloquy.importer.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Stages talk to each other only through the working document: no class calls into a stage other than its
 * own (only the pipeline builds them). A helper two stages need lives in a package of helpers
 * (importer.text, importer.document), so that changing one stage cannot quietly change another.
 */
@AnalyzeClasses(packages = "dev.colloquy.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class StageIndependenceTest {

    @ArchTest
    static final ArchRule noClassReachesIntoAnotherStage = classes()
            .that()
            .doNotHaveFullyQualifiedName(Pipeline.class.getName())
            .should(new ArchCondition<JavaClass>("use no stage but their own") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    // Calls, field reads and constructions count; naming a stage's class (to run the pipeline up
                    // to it, as fit-weights does) does not reach into it.
                    for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                        JavaClass target = access.getTargetOwner();
                        boolean otherStage = target.isAssignableTo(Stage.class)
                                && !target.isEquivalentTo(Stage.class)
                                && !outermost(target).equals(outermost(origin));
                        if (otherStage) {
                            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                        }
                    }
                }
            });

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
