package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One action: reads the request's checked {@link Params}, returns the output fields of the response (the envelope
 * adds RequestId), or throws {@link TencentError}. Runs while the front door holds the state's monitor.
 */
@FunctionalInterface
interface ActionHandler {
  ObjectNode handle(Params params);
}
