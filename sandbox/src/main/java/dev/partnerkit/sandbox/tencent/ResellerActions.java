package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reseller hierarchy: applications waiting for a decision (QueryPendingSubAgentsV2, QueryPendingClientsV2),
 * decided exactly once (ApproveSubAgentApply, ApproveClientApply), and the approved second-level resellers
 * (QuerySubAgentsDetailV2) with their own customers (QueryT1IndirectCustomersDetail).
 */
final class ResellerActions {

  private static final List<String> APPROVE_TYPES = List.of("pass", "reject");

  private final TencentState state;

  ResellerActions(TencentState state) {
    this.state = state;
  }

  void register(ActionTable table) {
    table
        .add("QueryPendingSubAgentsV2", ActionTable.Access.READ, this::queryPendingSubAgents)
        .add("ApproveSubAgentApply", ActionTable.Access.WRITE, this::approveSubAgent)
        .add("QueryPendingClientsV2", ActionTable.Access.READ, this::queryPendingClients)
        .add("ApproveClientApply", ActionTable.Access.WRITE, this::approveClient)
        .add("QuerySubAgentsDetailV2", ActionTable.Access.READ, this::querySubAgentsDetail)
        .add("QueryT1IndirectCustomersDetail", ActionTable.Access.READ, this::queryIndirectCustomers);
  }

  private static List<Application> pending(Map<Long, Application> applications) {
    return applications.values().stream().filter(a -> a.status == Application.Status.PENDING).toList();
  }

  private ObjectNode queryPendingSubAgents(Params p) {
    List<Application> all = pending(state.subAgentApplications);
    return Json.object()
        .<ObjectNode>set(
            "Data",
            Json.arrayOf(
                Paging.upTo(100).slice(p, all),
                a ->
                    Json.object()
                        .put("SubAgentUin", a.uin)
                        .put("Name", a.name)
                        .put("Mobile", a.mobile)
                        .put("Email", a.email)
                        .put("ApplyTime", Envelope.TIME.format(a.applyTime))
                        .put("Status", "Reviewing")
                        .put("MaterialUrl", "")
                        .put("AuthState", 3)))
        .put("Total", all.size());
  }

  private ObjectNode queryPendingClients(Params p) {
    List<Application> all = pending(state.clientApplications);
    return Json.object()
        .<ObjectNode>set(
            "Data",
            Json.arrayOf(
                Paging.upTo(100).slice(p, all),
                a ->
                    Json.object()
                        .put("ApplyTime", Envelope.TIME.format(a.applyTime))
                        .put("ClientUin", a.uin)
                        .put("Email", a.email)
                        .put("Mobile", a.mobile)
                        .put("Name", a.name)
                        .put("Status", "Reviewing")
                        .put("Type", "personal")))
        .put("Total", all.size());
  }

  /** Decides a pending application once; returns true when it was approved. */
  private static boolean decide(Params p, Application application, String notAppliedCode) {
    String type = Params.oneOf(p.requiredText("ApproveType"), "ApproveType", APPROVE_TYPES);
    // seed 001 line 90: "RejectReason No String Reason for rejection. Fill in only when ApproveType is reject."
    String reason = type.equals("reject") ? p.nonBlank("RejectReason").orElse("") : "";
    if (application == null || application.status != Application.Status.PENDING) {
      throw new TencentError(notAppliedCode, "There is no pending application for this UIN.");
    }
    if (type.equals("pass")) {
      application.status = Application.Status.APPROVED;
      return true;
    }
    application.status = Application.Status.REJECTED;
    application.rejectReason = reason;
    return false;
  }

  private ObjectNode approveSubAgent(Params p) {
    Application a = state.subAgentApplications.get(p.requiredLong("SubAgentUin"));
    if (decide(p, a, Codes.RESELLER_NOT_APPLY)) {
      SubAgent agent = new SubAgent(a.uin, a.name, a.email, a.mobile, state.now());
      state.subAgents.put(agent.uin, agent);
    }
    return Json.object();
  }

  private ObjectNode approveClient(Params p) {
    Application a = state.clientApplications.get(p.requiredLong("ClientUin"));
    if (decide(p, a, Codes.CLIENT_NOT_APPLY)) {
      state.customers.add(new CustomerAccount(a.uin, a.email, "", a.mobile, "", "", a.name, state.now()));
    }
    return Json.object();
  }

  private ObjectNode querySubAgentsDetail(Params p) {
    Predicate<SubAgent> filter = subAgentFilter(p);
    Comparator<SubAgent> byBindTime = Comparator.comparing((SubAgent s) -> s.bindTime).thenComparing(s -> s.uin);
    String order = p.nonBlank("Order").orElse("desc").toLowerCase(Locale.ROOT);
    Params.oneOf(order, "Order", List.of("desc", "asc", "acs"));
    List<SubAgent> all =
        state.subAgents.values().stream()
            .filter(filter)
            .sorted(order.equals("desc") ? byBindTime.reversed() : byBindTime)
            .toList();
    return Json.object()
        .put("Total", all.size())
        .set(
            "Data",
            Json.arrayOf(
                Paging.upTo(100).slice(p, all),
                s ->
                    Json.money(
                        Json.money(
                            Json.object()
                                .put("SubAgentUin", s.uin)
                                .put("Name", s.name)
                                .put("Remark", s.remark)
                                .put("Mobile", s.mobile)
                                .put("Email", s.email)
                                .put("CountOfCustomers", s.customers.size())
                                .put("BindTime", Envelope.TIME.format(s.bindTime)),
                            "Credit", s.credit),
                        "RemainingCredit", s.remainingCredit)
                        .put("Voucher", 0.0)
                        .put("RemainingVoucher", 0.0)));
  }

  private static Predicate<SubAgent> subAgentFilter(Params p) {
    var type = p.nonBlank("FilterType");
    String value = p.text("Filter").orElse("");
    if (type.isEmpty() || value.isEmpty()) {
      return s -> true;
    }
    String needle = value.toLowerCase(Locale.ROOT);
    return switch (Params.oneOf(
        type.get(), "FilterType", List.of("Name", "SubAgentUin", "Remark", "Mobile", "Email", "ClientUin"))) {
      case "Name" -> s -> s.name.toLowerCase(Locale.ROOT).contains(needle);
      case "Remark" -> s -> s.remark.toLowerCase(Locale.ROOT).contains(needle);
      case "Mobile" -> s -> s.mobile.contains(value);
      case "Email" -> s -> s.email.equalsIgnoreCase(value);
      case "SubAgentUin" -> s -> Long.toString(s.uin).equals(value);
      default -> s -> s.customers.stream().anyMatch(c -> Long.toString(c.uin()).equals(value));
    };
  }

  private ObjectNode queryIndirectCustomers(Params p) {
    SubAgent agent = state.subAgents.get(p.requiredLong("SubAgentUin"));
    if (agent == null) {
      throw new TencentError(Codes.INVALID_SUB_AGENT_UIN, "The UIN is not a second-level reseller of this partner.");
    }
    return Json.object()
        .put("Total", agent.customers.size())
        .put("SubAgentUin", agent.uin)
        .put("SubAgentName", agent.name)
        .set(
            "Data",
            Json.arrayOf(
                Paging.upTo(100).slice(p, agent.customers),
                c ->
                    Json.object()
                        .put("ClientUin", c.uin())
                        .put("ClientName", c.name())
                        .put("ClientBindTime", Envelope.TIME.format(c.bindTime()))));
  }
}
