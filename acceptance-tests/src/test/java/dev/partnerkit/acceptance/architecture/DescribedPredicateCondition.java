package dev.partnerkit.acceptance.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Turns a predicate on classes into a condition that names each class that does not satisfy it. */
final class DescribedPredicateCondition {
  private DescribedPredicateCondition() {}

  static ArchCondition<JavaClass> holds(DescribedPredicate<JavaClass> predicate) {
    return new ArchCondition<>(predicate.getDescription()) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean ok = predicate.test(c);
        events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is " : " is not ") + predicate.getDescription()));
      }
    };
  }
}
