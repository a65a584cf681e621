package dev.partnerkit.adapter.huawei;

import io.vavr.control.Either;

/** Issues a fresh token. */
interface TokenSource {
  Either<HuaweiCallFailure, IamToken> issue();
}
