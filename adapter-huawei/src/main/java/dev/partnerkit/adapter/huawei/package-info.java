/**
 * Huawei Cloud partner BSS (China {@code bss} and International {@code bssintl}): the vendor-facing half of the
 * adapter, {@link dev.partnerkit.adapter.huawei.BssClient} (one typed method per operation), {@link
 * dev.partnerkit.adapter.huawei.HuaweiConfig}, {@link dev.partnerkit.adapter.huawei.HuaweiCredentials}, and the
 * gateway {@link dev.partnerkit.adapter.huawei.HuaweiPartnerGateway}.
 *
 * <p>The wire records and the operation catalog {@link dev.partnerkit.adapter.huawei.api.BssOperation} (package
 * {@code api}), and the typed client {@code BssClient} itself, are generated on every compile from the spec module's
 * tables ({@code huawei-bss-model.tsv}, {@code huawei-bss-operations.tsv}, {@code huawei-bss-operation-facts.tsv}) by
 * {@code dev.partnerkit.codegen.WireModelProcessor}, triggered by the annotation below; the records' builders by
 * Immutables. What a table cannot say stays hand-written in {@code BssCaller}: how a request travels to Huawei (the
 * site check, a GET's fields as its query string and a POST/PUT's as its JSON body, AK/SK signing or an IAM
 * token, the business errors Huawei answers with HTTP 200).
 */
@GenerateWireModel(GenerateWireModel.Vendor.HUAWEI)
package dev.partnerkit.adapter.huawei;

import dev.partnerkit.codegen.GenerateWireModel;
