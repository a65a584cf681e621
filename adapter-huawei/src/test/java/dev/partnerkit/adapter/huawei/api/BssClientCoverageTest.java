package dev.partnerkit.adapter.huawei.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.BssClient;
import io.vavr.control.Either;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed client has one method per operation of the spec's table, typed with that operation's records. */
class BssClientCoverageTest {

  @Test
  void every_spec_operation_has_a_typed_client_method() throws IOException {
    int covered = 0;
    for (BssOperationCatalogTest.SpecOperation op : BssOperationCatalogTest.specOperations()) {
      String name = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
      Optional<Method> method = Arrays.stream(BssClient.class.getMethods())
          .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()))
          .findFirst();
      assertThat(method).as("BssClient." + name).isPresent();
      Method m = method.get();
      assertThat(m.getReturnType()).isEqualTo(Either.class);
      ParameterizedType returned = (ParameterizedType) m.getGenericReturnType();
      assertThat(returned.getActualTypeArguments()[1].getTypeName())
          .isEqualTo(BssOperation.class.getPackageName() + "." + op.name() + "Response");
      if (m.getParameterCount() == 1) {
        assertThat(m.getParameterTypes()[0].getSimpleName()).isEqualTo(op.name() + "Request");
      } else {
        assertThat(m.getParameterCount()).as(name + " takes no parameters").isZero();
      }
      covered++;
    }
    assertThat(covered).isEqualTo(42);
    long operationMethods = Arrays.stream(BssClient.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType().equals(Either.class))
        .count();
    assertThat(operationMethods).isEqualTo(42);
  }
}
