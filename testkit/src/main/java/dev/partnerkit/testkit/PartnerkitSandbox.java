package dev.partnerkit.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts an embedded partnerkit sandbox for the annotated test class (closed after its last test) and injects it as a
 * {@link RunningSandbox} parameter of the constructor, lifecycle methods and test methods:
 *
 * <pre>
 * &#64;PartnerkitSandbox
 * class OnboardingTest {
 *   &#64;Test
 *   void onboards(RunningSandbox sandbox) {
 *     TencentPartnerGateway gateway =
 *         TencentPartnerGateway.builder(sandbox.tencentConfig().build()).journal(WriteJournal.inMemory()).build();
 *     ...
 *     String code = sandbox.tencent().lastVerificationCode("852", "91234567").orElseThrow();
 *   }
 * }
 * </pre>
 *
 * <p>One sandbox per class: the tests of a class share its state (make each test's customers unique). A
 * {@code @Nested} class uses its enclosing class's sandbox. Works on JUnit Jupiter 5.10 and later, 6 included.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PartnerkitSandboxExtension.class)
public @interface PartnerkitSandbox {
}
