package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import io.vavr.control.Either;

/** Makes one attempt at one BSS operation ({@link BssCaller} over HTTP); the seam a test can fill in process. */
interface OperationCaller extends AutoCloseable {

  /** Calls {@code operation} once with {@code request} (null for operations without parameters). */
  <T> Either<HuaweiCallFailure, T> call(BssOperation operation, Object request, Class<T> responseType);

  /** Releases the connections. */
  @Override
  void close();
}
