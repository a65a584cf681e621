/**
 * Huawei Cloud partner BSS (China {@code bss} and International {@code bssintl}): the vendor-facing half of the
 * adapter, {@link dev.partnerkit.adapter.huawei.BssClient} (one typed method per operation), {@link
 * dev.partnerkit.adapter.huawei.HuaweiConfig}, {@link dev.partnerkit.adapter.huawei.HuaweiCredentials}, and the
 * gateway {@link dev.partnerkit.adapter.huawei.HuaweiPartnerGateway}.
 *
 * <p>The wire records and the operation catalog {@link dev.partnerkit.adapter.huawei.api.BssOperation} (package
 * {@code api}) are generated on every compile from the spec module's tables ({@code huawei-bss-model.tsv}, {@code
 * huawei-bss-operations.tsv}, {@code huawei-bss-operation-facts.tsv}) by {@code
 * dev.partnerkit.codegen.WireModelProcessor}, triggered by the annotation below; the records' builders by Immutables.
 */
@GenerateWireModel(GenerateWireModel.Vendor.HUAWEI)
package dev.partnerkit.adapter.huawei;

import dev.partnerkit.codegen.GenerateWireModel;
