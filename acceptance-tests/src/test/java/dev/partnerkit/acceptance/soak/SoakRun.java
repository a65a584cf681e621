package dev.partnerkit.acceptance.soak;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.sandbox.huawei.SandboxCustomer;
import dev.partnerkit.sandbox.tencent.TencentCustomer;
import dev.partnerkit.sandbox.tencent.TencentSandbox;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One soak run: plans {@code ops} operations from {@code seed}, seeds the sandbox (phones and codes, applications,
 * resellers, the customers money goes to), runs the first half on 8 threads with faults, drops the gateways (the
 * "crash": the keys whose answer was just lost stay open in the journal), builds new gateways on a reopened journal,
 * runs the carried keys and the second half, then compares the sandbox's state with the keys.
 *
 * <p>Money amounts are powers of two (Tencent: 1 to 512 USD, Huawei: 0.01 to 5.12 CNY), each at most once per
 * customer or reseller, so the difference between what the vendor holds and what the succeeded keys moved says
 * exactly which unresolved keys were applied, and anything else is a double or lost write.
 */
final class SoakRun {

  static final int THREADS = 8;
  /** The sandbox's limits and the gateways' are scaled up together by this factor. */
  static final int LIMIT_SCALE = 40;
  /** About this share of calls meets an injected fault. */
  static final double FAULT_RATE = 0.10;
  /** Allocations per customer or reseller: amounts 2^0 .. 2^(SLOTS-1). */
  private static final int SLOTS = 10;
  private static final int MAX_ATTEMPTS = 40;
  private static final int MAX_UNKNOWN_ATTEMPTS = 4;

  enum Kind { T_CREATE, T_CREDIT, T_POOL, T_DECIDE, H_CREATE, H_CREDIT, H_POOL }

  /** One planned operation; {@code target} numbers the customer, reseller or application it works on. */
  record Op(int index, Kind kind, String key, int target, int slot, boolean approve, boolean crashVictim) {}

  private sealed interface Outcome {}

  private record Succeeded(Object result) implements Outcome {}

  private record Failed(GatewayFailure failure) implements Outcome {}

  private record Unresolved(GatewayFailure failure) implements Outcome {}

  private record Untyped(Throwable error) implements Outcome {}

  private record Carried() implements Outcome {}

  private final int ops;
  private final long seed;
  private final String journalName;
  private final Supplier<WriteJournal> openJournal;
  private final Consumer<WriteJournal> closeJournal;
  private final String run;

  private int carriedOver;
  private int inFlightAtCrash;
  /** The plan indexes of the writes held at the sandbox when the first process dies. */
  private final java.util.Set<Integer> midCallIndexes = ConcurrentHashMap.newKeySet();
  private final Map<Op, Outcome> outcomes = new ConcurrentHashMap<>();
  private final AtomicInteger faultsInjected = new AtomicInteger();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  // seeded
  private final List<String> tencentCustomers = new ArrayList<>(); // uins money goes to
  private final List<String> tencentAgents = new ArrayList<>(); // approved sub-agents' uins
  private final List<String> tencentApplications = new ArrayList<>(); // applications to decide
  private final List<String> huaweiCustomers = new ArrayList<>(); // customer ids money goes to
  private final List<String> huaweiResellers = new ArrayList<>(); // indirect partner ids
  private final Map<String, String> setupMails = new HashMap<>(); // Tencent setup accounts: mail -> uin
  private final Map<String, String> setupXaccounts = new HashMap<>(); // Huawei setup accounts: xaccount -> id
  private final Map<Op, CustomerRegistration> registrations = new ConcurrentHashMap<>();

  SoakRun(int ops, long seed, String journalName, Supplier<WriteJournal> openJournal,
      Consumer<WriteJournal> closeJournal) {
    this.ops = ops;
    this.seed = seed;
    this.journalName = journalName;
    this.openJournal = openJournal;
    this.closeJournal = closeJournal;
    this.run = journalName.substring(0, 1) + Long.toString(seed, 36);
  }

  SoakReport run() {
    List<Op> plan = plan();
    try (Sandbox sandbox = Sandbox.builder().rateLimitScale(LIMIT_SCALE).build()) {
      TencentSandbox tencent = sandbox.tencent();
      HuaweiSandbox huawei = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA);
      ScheduledAssociations associations = new ScheduledAssociations(huawei);
      WriteJournal journal = openJournal.get();
      DyingJournal firstLife = new DyingJournal(journal);
      Gateways gateways = new Gateways(sandbox, firstLife, 1);
      seed(plan, sandbox, gateways);

      long start = System.nanoTime();
      int half = plan.size() / 2;
      List<Op> first = new ArrayList<>(plan.subList(0, half));
      List<Op> midCall = midCallVictims(first);
      first.removeAll(midCall);
      List<Op> carried = runPhase(first, gateways, sandbox);
      carriedOver = carried.size();

      // the crash: a few writes held at the sandbox when the process dies (their claims in flight in the journal,
      // nothing more written to it), every gateway dropped, the journal closed and opened again, new gateways on it
      int leftBeforeCrash = pendingFaults(tencent, huawei);
      tencent.faults().clear();
      huawei.faults().clearAll();
      inFlightAtCrash = crashMidCall(midCall, gateways, sandbox, firstLife);
      closeJournal.accept(journal);
      journal = openJournal.get();
      gateways = new Gateways(sandbox, journal, 2);
      List<Op> second = new ArrayList<>(carried);
      second.addAll(plan.subList(half, plan.size()));
      second.addAll(midCall);   // last: their claims, in flight when the process died, go stale meanwhile
      List<Op> left = runPhase(second, gateways, sandbox);
      if (!left.isEmpty()) {
        problems.add("keys carried past the end: " + left);
      }
      double seconds = (System.nanoTime() - start) / 1e9;

      int leftover = pendingFaults(tencent, huawei);
      tencent.faults().clear();
      huawei.faults().clearAll();
      associations.close();
      huawei.completeAssociations();
      SoakReport report = check(plan, sandbox, gateways, faultsInjected.get() - leftover - leftBeforeCrash, seconds);
      gateways.close();
      closeJournal.accept(journal);
      return report;
    }
  }

  // ------------------------------------------------------------------------------------------------ plan and seed

  private List<Op> plan() {
    Random random = new Random(seed);
    int[] counters = new int[Kind.values().length];
    List<Op> plan = new ArrayList<>();
    for (int i = 0; i < ops; i++) {
      double r = random.nextDouble();
      Kind kind = r < 0.15 ? Kind.T_CREATE : r < 0.33 ? Kind.T_CREDIT : r < 0.41 ? Kind.T_POOL
          : r < 0.50 ? Kind.T_DECIDE : r < 0.65 ? Kind.H_CREATE : r < 0.87 ? Kind.H_CREDIT : Kind.H_POOL;
      int n = counters[kind.ordinal()]++;
      boolean money = kind == Kind.T_CREDIT || kind == Kind.T_POOL || kind == Kind.H_CREDIT || kind == Kind.H_POOL;
      int target = money ? n / SLOTS : n;
      int slot = money ? n % SLOTS : 0;
      boolean victim = i >= ops / 2 - THREADS && i < ops / 2 && kind != Kind.T_DECIDE;
      plan.add(new Op(i, kind, run + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + n, target, slot,
          random.nextBoolean(), victim));
    }
    // and the last Tencent pool top-ups before the crash: Tencent keeps no history of them, so their keys must stay
    // open across the crash and never be sent again by the new gateways
    int marked = 0;
    for (int i = ops / 2 - 1; i >= 0 && marked < 4; i--) {
      Op op = plan.get(i);
      if (op.kind() == Kind.T_POOL) {
        plan.set(i, new Op(op.index(), op.kind(), op.key(), op.target(), op.slot(), op.approve(), true));
        marked++;
      }
    }
    return plan;
  }

  private int count(List<Op> plan, Kind kind) {
    return (int) plan.stream().filter(o -> o.kind() == kind).count();
  }

  /** Seeds what the operations need, without faults: applications, resellers, customers, and each create's code. */
  private void seed(List<Op> plan, Sandbox sandbox, Gateways g) {
    TencentSandbox tencent = sandbox.tencent();
    HuaweiSandbox huawei = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA);
    for (int i = 0; i < count(plan, Kind.T_DECIDE); i++) {
      tencentApplications.add(Long.toString(
          tencent.seedSubAgentApplication("Soak applicant " + i, run + ".app" + i + "@example.com", "")));
    }
    for (int i = 0; i < (count(plan, Kind.T_POOL) + SLOTS - 1) / SLOTS; i++) {
      String uin = Long.toString(
          tencent.seedSubAgentApplication("Soak agent " + i, run + ".agent" + i + "@example.com", ""));
      must(g.tencent.approve(ResellerId.of(uin)), "approve seeded agent " + uin);
      tencentAgents.add(uin);
    }
    for (int i = 0; i < (count(plan, Kind.H_POOL) + SLOTS - 1) / SLOTS; i++) {
      huaweiResellers.add(huawei.seedIndirectPartner(run + "_reseller" + i, "Soak reseller " + i, BigDecimal.ZERO));
    }
    for (int i = 0; i < (count(plan, Kind.T_CREDIT) + SLOTS - 1) / SLOTS; i++) {
      TencentRegistration r = tencentRegistration(g, sandbox, "s" + i, 9_000_000 + i);
      CustomerCreated c = must(g.tencent.createCustomer(r, IdempotencyKey.of(run + "-setup-t-" + i)), "seed customer");
      tencentCustomers.add(c.id().value());
      setupMails.put(r.mail().value(), c.id().value());
    }
    for (int i = 0; i < (count(plan, Kind.H_CREDIT) + SLOTS - 1) / SLOTS; i++) {
      HuaweiRegistration r = huaweiRegistration(g, sandbox, "s" + i, 90_000_000 + i);
      CustomerCreated c = must(g.huawei.createCustomer(r, IdempotencyKey.of(run + "-setup-h-" + i)), "seed customer");
      huaweiCustomers.add(c.id().value());
      setupXaccounts.put(r.xaccountId(), c.id().value());
    }
    for (Op op : plan) {
      if (op.kind() == Kind.T_CREATE) {
        registrations.put(op, tencentRegistration(g, sandbox, "c" + op.target(), op.target()));
      } else if (op.kind() == Kind.H_CREATE) {
        registrations.put(op, huaweiRegistration(g, sandbox, "c" + op.target(), op.target()));
      }
    }
  }

  private String tencentMail(String name) {
    return run + "." + name + "@example.com";
  }

  private String xaccount(String name) {
    return run + "-" + name;
  }

  private TencentRegistration tencentRegistration(Gateways g, Sandbox sandbox, String name, int n) {
    String phone = String.format(Locale.ROOT, "6%07d", n);
    must(g.tencent.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("852").get(),
        PhoneNumber.parse(phone).get())), "send code to " + phone);
    String code = sandbox.tencent().lastVerificationCode("852", phone).orElseThrow();
    return valid(TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("company").mail(tencentMail(name)).password("Soak!2026pw").confirmPassword("Soak!2026pw")
        .phoneNumber(phone).callingCode("852").area("HK").verificationCode(code)
        .tradeCategory("kghy_01", "kghy_0101").build()));
  }

  private HuaweiRegistration huaweiRegistration(Gateways g, Sandbox sandbox, String name, int n) {
    String mobile = String.format(Locale.ROOT, "137%08d", n);
    must(g.huawei.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("86").get(),
        PhoneNumber.parse(mobile).get())), "send code to " + mobile);
    String code = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).lastVerificationCode(mobile)
        .orElseThrow();
    return valid(HuaweiRegistration.validate(HuaweiRegistrationForm.builder().xaccountId(xaccount(name))
        .xaccountType("partnerkit_IDP").accountName(("pk_" + run + "_" + name).replace('-', '_'))
        .password("Soak-2026pw").mobile(mobile).verificationCode(code).build(), HuaweiSite.CHINA));
  }

  private static <T> T valid(io.vavr.control.Validation<?, T> v) {
    if (v.isInvalid()) {
      throw new IllegalStateException("the soak's own registration is invalid: " + v.getError());
    }
    return v.get();
  }

  private static <T> T must(Either<GatewayFailure, T> result, String what) {
    if (result.isLeft()) {
      throw new IllegalStateException(what + ": " + result.getLeft());
    }
    return result.get();
  }

  // ------------------------------------------------------------------------------------------------ running

  /** Runs {@code phase} on 8 threads; returns the keys carried over a crash (the first phase's lost answers). */
  private List<Op> runPhase(List<Op> phase, Gateways gateways, Sandbox sandbox) {
    ConcurrentLinkedQueue<Op> queue = new ConcurrentLinkedQueue<>(phase);
    List<Op> carried = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(pool.submit(() -> {
        for (Op op = queue.poll(); op != null; op = queue.poll()) {
          Outcome outcome = execute(op, gateways, sandbox);
          if (outcome instanceof Carried) {
            carried.add(op);
          } else {
            outcomes.put(op, outcome);
          }
        }
      }));
    }
    for (Future<?> w : workers) {
      try {
        w.get();
      } catch (Exception e) {
        throw new IllegalStateException("a soak worker died", e);
      }
    }
    pool.shutdown();
    return new ArrayList<>(carried);
  }

  /** One key: attempts until it succeeds or fails for good; faults injected into about 10% of attempts. */
  private Outcome execute(Op op, Gateways g, Sandbox sandbox) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + op.index());
    int unknown = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (op.crashVictim() && attempt == 1 && g.generation == 1) {
        injectLostAnswer(op, sandbox);
      } else if (random.nextDouble() < FAULT_RATE) {
        injectFault(op, sandbox, random);
      }
      Either<GatewayFailure, ?> result;
      try {
        result = call(op, g);
      } catch (RuntimeException | Error e) {
        return new Untyped(e);
      }
      if (result.isRight()) {
        return new Succeeded(result.get());
      }
      GatewayFailure failure = result.getLeft();
      if (failure.kind() == FailureKind.OUTCOME_UNKNOWN) {
        if (op.crashVictim() && g.generation == 1) {
          return new Carried(); // the process dies with this answer lost: the next instance retries the key
        }
        // a write in flight when the first process died answers so until its claim goes stale (STALE_AFTER)
        if (++unknown >= (midCallIndexes.contains(op.index()) ? MAX_ATTEMPTS : MAX_UNKNOWN_ATTEMPTS)) {
          return new Unresolved(failure);
        }
        pause(200);
      } else if (failure.kind().isRetryable()) {
        pause(20);
      } else {
        return new Failed(failure);
      }
    }
    return new Failed(new GatewayFailure.Unavailable(dev.partnerkit.ports.VendorTrace.local("soak", "gave_up",
        "still failing after " + MAX_ATTEMPTS + " attempts")));
  }

  /** Kinds whose write can be held at the sandbox when the crash comes, one of each: the vendor can tell them all. */
  private static final List<Kind> MID_CALL_KINDS = List.of(Kind.T_CREATE, Kind.T_CREDIT, Kind.H_CREATE, Kind.H_CREDIT,
      Kind.H_POOL);
  /** How long the sandbox holds a mid-call victim's write before applying it (the gateways' timeouts are longer). */
  private static final Duration HOLD = Duration.ofMillis(800);

  /** The last operation of each {@link #MID_CALL_KINDS} in {@code first} that is not already a crash victim. */
  private List<Op> midCallVictims(List<Op> first) {
    List<Op> victims = new ArrayList<>();
    for (Kind kind : MID_CALL_KINDS) {
      for (int i = first.size() - 1; i >= 0; i--) {
        Op op = first.get(i);
        if (op.kind() == kind && !op.crashVictim()) {
          victims.add(op);
          midCallIndexes.add(op.index());
          break;
        }
      }
    }
    return victims;
  }

  /**
   * Sends each victim's write through the dying gateways, the sandbox holding it ({@link #HOLD}); once the sandbox
   * holds them all, the process "dies": its journal takes no more writes and its gateways are closed. Then waits for
   * the sandbox to let the held writes through (they are applied, their answers go nowhere). Returns how many were
   * held at the crash.
   */
  private int crashMidCall(List<Op> victims, Gateways g, Sandbox sandbox, DyingJournal life) {
    TencentSandbox tencent = sandbox.tencent();
    HuaweiSandbox huawei = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA);
    Map<HuaweiOperation, Long> huaweiArrivals = new HashMap<>();   // Huawei counts a request when it arrives
    Map<String, Long> tencentPassed = new HashMap<>();   // Tencent counts it when its hold is over
    for (Op op : victims) {
      if (isTencent(op.kind())) {
        tencentPassed.merge(tencentAction(op.kind()), 1L, Long::sum);
      } else {
        huaweiArrivals.merge(huaweiOperation(op.kind()), 1L, Long::sum);
      }
    }
    tencentPassed.replaceAll((action, n) -> n + tencent.requestCount(action));
    huaweiArrivals.replaceAll((op, n) -> n + huawei.requestCount(op));
    ExecutorService dying = Executors.newFixedThreadPool(Math.max(1, victims.size()));
    for (Op op : victims) {
      faultsInjected.incrementAndGet();
      if (isTencent(op.kind())) {
        tencent.faults().delay(tencentAction(op.kind()), HOLD, 1);
      } else {
        huawei.faults().injectOnce(huaweiOperation(op.kind()), HuaweiFault.delay(HOLD));
      }
      dying.submit(() -> {
        try {
          call(op, g);
        } catch (RuntimeException | Error e) {
          // the process is dying: what its last calls see is never reported
        }
      });
    }
    // held: Tencent took the hold (it is taken when the request arrives), Huawei counted the request's arrival
    boolean held = awaitTrue(() -> tencentPassed.keySet().stream().allMatch(a -> tencent.faults().pending(a) == 0)
        && huaweiArrivals.entrySet().stream().allMatch(e -> huawei.requestCount(e.getKey()) >= e.getValue()));
    life.die();
    g.close();
    // let through: Tencent counted them (after the hold), Huawei's once-faults are used up (when a call is over)
    boolean passed = awaitTrue(() -> tencentPassed.entrySet().stream()
            .allMatch(e -> tencent.requestCount(e.getKey()) >= e.getValue())
        && huaweiArrivals.keySet().stream().allMatch(op -> huawei.faults().of(op).isEmpty()));
    dying.shutdown();
    try {
      if (!dying.awaitTermination(30, TimeUnit.SECONDS)) {
        problems.add("calls of the dead process still running 30 s after the crash");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!held || !passed) {
      problems.add("the writes meant to be in flight at the crash were " + (held ? "not let through by the sandbox"
          : "not all held by the sandbox") + ": " + victims.stream().map(Op::key).toList());
      return 0;
    }
    return victims.size();
  }

  /** Polls {@code condition} for up to 30 s (orchestration only: nothing is asserted on time). */
  private static boolean awaitTrue(java.util.function.BooleanSupplier condition) {
    for (int i = 0; i < 3_000; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      pause(10);
    }
    return condition.getAsBoolean();
  }

  private Either<GatewayFailure, ?> call(Op op, Gateways g) {
    IdempotencyKey key = IdempotencyKey.of(op.key());
    return switch (op.kind()) {
      case T_CREATE -> g.tencent.createCustomer(registrations.get(op), key);
      case T_CREDIT -> g.tencentCredit.allocateCredit(CustomerId.of(tencentCustomers.get(op.target())),
          tencentAmount(op), key);
      case T_POOL -> g.tencentResellers.allocateCreditPool(ResellerId.of(tencentAgents.get(op.target())),
          tencentAmount(op), key);
      case T_DECIDE -> op.approve()
          ? g.tencent.approve(ResellerId.of(tencentApplications.get(op.target())))
          : g.tencent.reject(ResellerId.of(tencentApplications.get(op.target())), Option.none());
      case H_CREATE -> g.huawei.createCustomer(registrations.get(op), key);
      case H_CREDIT -> g.huaweiCredit.allocateCredit(CustomerId.of(huaweiCustomers.get(op.target())),
          huaweiAmount(op), key);
      case H_POOL -> g.huaweiResellers.allocateCreditPool(ResellerId.of(huaweiResellers.get(op.target())),
          huaweiAmount(op), key);
    };
  }

  private static Money tencentAmount(Op op) {
    return new Money(BigDecimal.valueOf(1L << op.slot()), "USD");
  }

  private static Money huaweiAmount(Op op) {
    return new Money(BigDecimal.valueOf(1L << op.slot(), 2), "CNY");
  }

  private static String tencentAction(Kind kind) {
    return switch (kind) {
      case T_CREATE -> "CreateAccount";
      case T_CREDIT -> "AllocateCustomerCredit";
      case T_POOL -> "AllocateCreditPool";
      default -> "ApproveSubAgentApply";
    };
  }

  private static HuaweiOperation huaweiOperation(Kind kind) {
    return switch (kind) {
      case H_CREATE -> HuaweiOperation.CREATE_SUB_CUSTOMER;
      case H_CREDIT -> HuaweiOperation.UPDATE_CUSTOMER_ACCOUNT_AMOUNT;
      default -> HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT;
    };
  }

  private static boolean isTencent(Kind kind) {
    return kind.name().startsWith("T_");
  }

  private void injectLostAnswer(Op op, Sandbox sandbox) {
    faultsInjected.incrementAndGet();
    if (isTencent(op.kind())) {
      sandbox.tencent().faults().dropConnectionAfterWrite(tencentAction(op.kind()), 1);
    } else {
      sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).faults()
          .injectOnce(huaweiOperation(op.kind()), HuaweiFault.dropConnectionAfterWrite());
    }
  }

  private void injectFault(Op op, Sandbox sandbox, SplittableRandom random) {
    faultsInjected.incrementAndGet();
    int which = random.nextInt(op.kind() == Kind.H_CREATE ? 5 : 4);
    if (isTencent(op.kind())) {
      var faults = sandbox.tencent().faults();
      String action = tencentAction(op.kind());
      switch (which) {
        case 0 -> faults.throttle(action, 1);
        case 1 -> faults.internalError(action, 1);
        case 2 -> faults.delay(action, Duration.ofMillis(150), 1);
        default -> faults.dropConnectionAfterWrite(action, 1);
      }
    } else {
      var faults = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).faults();
      HuaweiOperation operation = huaweiOperation(op.kind());
      faults.injectOnce(operation, switch (which) {
        case 0 -> HuaweiFault.throttled();
        case 1 -> HuaweiFault.serverError();
        case 2 -> HuaweiFault.delay(Duration.ofMillis(150));
        case 3 -> HuaweiFault.dropConnectionAfterWrite();
        default -> HuaweiFault.associationLag();
      });
    }
  }

  /** Faults injected that no call met (another thread's call may have met it first, or none came). */
  private static int pendingFaults(TencentSandbox tencent, HuaweiSandbox huawei) {
    int pending = 0;
    for (Kind kind : List.of(Kind.T_CREATE, Kind.T_CREDIT, Kind.T_POOL, Kind.T_DECIDE)) {
      pending += tencent.faults().pending(tencentAction(kind));
    }
    for (Kind kind : List.of(Kind.H_CREATE, Kind.H_CREDIT, Kind.H_POOL)) {
      pending += huawei.faults().of(huaweiOperation(kind)).size();
    }
    return pending;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ checking

  private SoakReport check(List<Op> plan, Sandbox sandbox, Gateways g, int faults, double seconds) {
    int duplicates = 0;
    int doubles = 0;
    int lost = 0;
    int untyped = 0;
    List<String> unresolved = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    for (Op op : plan) {
      if (outcomes.get(op) instanceof Untyped u) {
        untyped++;
        problems.add("untyped " + op.key() + ": " + u.error());
      }
    }

    // Tencent accounts per email
    Map<String, List<TencentCustomer>> byMail = new HashMap<>();
    for (TencentCustomer c : sandbox.tencent().customers()) {
      byMail.computeIfAbsent(c.mail().toLowerCase(Locale.ROOT), m -> new ArrayList<>()).add(c);
    }
    Map<String, Op> tencentCreates = new HashMap<>();
    for (Op op : plan) {
      if (op.kind() == Kind.T_CREATE) {
        tencentCreates.put(((TencentRegistration) registrations.get(op)).mail().value().toLowerCase(Locale.ROOT), op);
      }
    }
    for (var e : byMail.entrySet()) {
      if (e.getValue().size() > 1) {
        duplicates += e.getValue().size() - 1;
        problems.add("Tencent accounts for " + e.getKey() + ": " + e.getValue().size());
      }
      if (!tencentCreates.containsKey(e.getKey()) && !setupMails.containsKey(e.getKey())) {
        lost++;
        problems.add("a Tencent account no key claims: " + e.getKey());
      }
    }
    for (var e : tencentCreates.entrySet()) {
      List<String> uins = byMail.getOrDefault(e.getKey(), List.of()).stream().map(TencentCustomer::uin).toList();
      var r = judgeCreate(e.getValue(), uins, unresolved);
      lost += r;
    }

    // Huawei accounts per xaccount
    Map<String, List<SandboxCustomer>> byXaccount = new HashMap<>();
    for (SandboxCustomer c : sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).customers()) {
      byXaccount.computeIfAbsent(c.xaccountId(), x -> new ArrayList<>()).add(c);
    }
    Map<String, Op> huaweiCreates = new HashMap<>();
    for (Op op : plan) {
      if (op.kind() == Kind.H_CREATE) {
        huaweiCreates.put(((HuaweiRegistration) registrations.get(op)).xaccountId(), op);
      }
    }
    for (var e : byXaccount.entrySet()) {
      if (e.getValue().size() > 1) {
        duplicates += e.getValue().size() - 1;
        problems.add("Huawei accounts for " + e.getKey() + ": " + e.getValue().size());
      }
      if (!huaweiCreates.containsKey(e.getKey()) && !setupXaccounts.containsKey(e.getKey())) {
        lost++;
        problems.add("a Huawei account no key claims: " + e.getKey());
      }
    }
    for (var e : huaweiCreates.entrySet()) {
      List<String> ids = byXaccount.getOrDefault(e.getKey(), List.of()).stream()
          .map(SandboxCustomer::customerId).toList();
      lost += judgeCreate(e.getValue(), ids, unresolved);
    }

    // money: what each customer or reseller holds against what the keys moved
    Map<String, BigDecimal> tencentCredit = new HashMap<>();
    sandbox.tencent().customers().forEach(c -> tencentCredit.put(c.uin(), c.totalCredit()));
    Map<String, BigDecimal> tencentPools = new HashMap<>();
    sandbox.tencent().subAgents().forEach(a -> tencentPools.put(a.uin(), a.credit()));
    Map<String, BigDecimal> huaweiBalances = new HashMap<>();
    sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).customers()
        .forEach(c -> huaweiBalances.put(c.customerId(), c.balance()));
    Map<String, BigDecimal> huaweiPools = new HashMap<>();
    g.huaweiResellers.subResellers().forEach(s -> huaweiPools.put(s.reseller().id().value(), s.creditPool().amount()))
        .getOrElseThrow(f -> new IllegalStateException("reading Huawei's resellers: " + f));
    int[] counts = new int[2];
    judgeMoney(plan, Kind.T_CREDIT, tencentCustomers, tencentCredit, BigDecimal.ONE, counts, unresolved, mismatches);
    judgeMoney(plan, Kind.T_POOL, tencentAgents, tencentPools, BigDecimal.ONE, counts, unresolved, mismatches);
    judgeMoney(plan, Kind.H_CREDIT, huaweiCustomers, huaweiBalances, new BigDecimal("0.01"), counts, unresolved,
        mismatches);
    judgeMoney(plan, Kind.H_POOL, huaweiResellers, huaweiPools, new BigDecimal("0.01"), counts, unresolved,
        mismatches);
    doubles += counts[0];
    lost += counts[1];

    // decisions
    java.util.Set<String> agents = new java.util.HashSet<>();
    sandbox.tencent().subAgents().forEach(a -> agents.add(a.uin()));
    java.util.Set<String> pending = new java.util.HashSet<>();
    g.tencent.pendingApplications().forEach(p -> pending.add(p.applicant().id().value()))
        .getOrElseThrow(f -> new IllegalStateException("reading pending applications: " + f));
    for (Op op : plan) {
      if (op.kind() != Kind.T_DECIDE) {
        continue;
      }
      String uin = tencentApplications.get(op.target());
      String truth = pending.contains(uin) ? "pending" : agents.contains(uin) ? "approved" : "rejected";
      String asked = op.approve() ? "approved" : "rejected";
      Outcome outcome = outcomes.get(op);
      if (outcome instanceof Succeeded && !truth.equals(asked)) {
        lost++;
        problems.add("decision " + uin + " succeeded as " + asked + " but the vendor shows " + truth);
      } else if (outcome instanceof Failed f && !truth.equals("pending")) {
        lost++;
        problems.add("decision " + uin + " failed (" + f.failure() + ") but the vendor shows " + truth);
      } else if (outcome instanceof Unresolved) {
        unresolved.add("decision:" + uin + " (" + asked + "): the vendor shows " + truth);
      }
    }
    return new SoakReport(journalName, seed, plan.size(), faults, duplicates, doubles, lost, untyped,
        List.copyOf(unresolved), List.copyOf(mismatches), List.copyOf(problems), carriedOver, inFlightAtCrash,
        seconds);
  }

  /** Lost writes of one create key given the accounts the vendor holds for its registration. */
  private int judgeCreate(Op op, List<String> atVendor, List<String> unresolved) {
    Outcome outcome = outcomes.get(op);
    if (outcome instanceof Succeeded s) {
      String id = ((CustomerCreated) s.result()).id().value();
      if (!atVendor.contains(id)) {
        problems.add(op.key() + " succeeded as " + id + " but the vendor holds " + atVendor);
        return 1;
      }
      return 0;
    }
    if (outcome instanceof Unresolved) {
      unresolved.add(op.key() + " (create): the vendor holds " + (atVendor.isEmpty() ? "no account" : atVendor));
      return 0;
    }
    if (outcome instanceof Failed f && !atVendor.isEmpty()) {
      problems.add(op.key() + " failed (" + f.failure() + ") but the vendor holds " + atVendor);
      return 1;
    }
    return 0;
  }

  /**
   * Compares, per target, what the vendor holds with the amounts the succeeded keys moved: a deficit is lost, a
   * surplus must be exactly the sum of some unresolved keys' amounts (each a distinct power of two), else a double.
   */
  private void judgeMoney(List<Op> plan, Kind kind, List<String> targets, Map<String, BigDecimal> held,
      BigDecimal unit, int[] counts, List<String> unresolved, List<String> mismatches) {
    for (int t = 0; t < targets.size(); t++) {
      long succeeded = 0;
      long open = 0;
      List<Op> openOps = new ArrayList<>();
      for (Op op : plan) {
        if (op.kind() != kind || op.target() != t) {
          continue;
        }
        Outcome o = outcomes.get(op);
        if (o instanceof Succeeded) {
          succeeded |= 1L << op.slot();
        } else if (o instanceof Unresolved) {
          open |= 1L << op.slot();
          openOps.add(op);
        }
      }
      BigDecimal h = held.getOrDefault(targets.get(t), BigDecimal.ZERO);
      long units = h.divide(unit).longValueExact();
      long surplus = units - succeeded;
      String target = kind + " " + targets.get(t);
      if (surplus < 0) {
        counts[1]++;
        problems.add(target + ": holds " + units + " units, the succeeded keys moved " + succeeded);
      } else if ((surplus & ~open) != 0) {
        counts[0]++;
        problems.add(target + ": holds " + units + " units, the succeeded keys moved " + succeeded
            + ", the unresolved keys could explain " + open);
      }
      for (Op op : openOps) {
        boolean applied = surplus >= 0 && (surplus & (1L << op.slot())) != 0;
        unresolved.add(op.key() + " (" + kind + " of " + (1L << op.slot()) + " units to " + targets.get(t)
            + "): " + (applied ? "applied at the vendor" : "not applied at the vendor"));
      }
      if (surplus > 0 && (surplus & ~open) != 0) {
        mismatches.add(target + ": surplus " + surplus + " not explained by unresolved keys " + open);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  /** One "process": a gateway per vendor, built on the journal, with the limits scaled like the sandbox's. */
  private static final class Gateways implements AutoCloseable {
    final int generation;
    final TencentPartnerGateway tencent;
    final CreditPort tencentCredit;
    final ResellerHierarchyPort tencentResellers;
    final HuaweiPartnerGateway huawei;
    final CreditPort huaweiCredit;
    final ResellerHierarchyPort huaweiResellers;

    Gateways(Sandbox sandbox, WriteJournal journal, int generation) {
      this.generation = generation;
      this.tencent = TencentPartnerGateway.builder(TencentConfig.builder()
              .endpoint(sandbox.tencentEndpoint())
              .allowInsecureHttp(true)
              .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
              .connectTimeout(Duration.ofSeconds(2))
              .responseTimeout(Duration.ofSeconds(2))
              .callTimeout(Duration.ofSeconds(5))
              .build())
          .journal(journal).scaleRateLimits(LIMIT_SCALE).build();
      var site = dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA;
      this.huawei = HuaweiPartnerGateway.builder(HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
              .endpoint(sandbox.huaweiEndpoint(site))
              .allowInsecureHttp(true)
              .environment(Map.of())
              .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
                      Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
                  .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
              .responseTimeout(Duration.ofSeconds(2))
              .build())
          .journal(journal).scaleRateLimits(LIMIT_SCALE).build();
      this.tencentCredit = port(tencent, CreditPort.class);
      this.tencentResellers = port(tencent, ResellerHierarchyPort.class);
      this.huaweiCredit = port(huawei, CreditPort.class);
      this.huaweiResellers = port(huawei, ResellerHierarchyPort.class);
    }

    private static <P extends dev.partnerkit.ports.Capability> P port(PartnerAccountGateway g, Class<P> type) {
      return g.capability(type).getOrElseThrow(() -> new IllegalStateException("no " + type.getSimpleName()));
    }

    @Override
    public void close() {
      tencent.close();
      huawei.close();
    }
  }

  /**
   * The first process's journal: the real one until the process "dies", then refusing every change, as a dead process
   * writes nothing more (its claims stay as they were: in flight).
   */
  private static final class DyingJournal implements WriteJournal {
    private final WriteJournal journal;
    private volatile boolean dead;

    DyingJournal(WriteJournal journal) {
      this.journal = journal;
    }

    void die() {
      dead = true;
    }

    private WriteJournal alive() {
      if (dead) {
        throw new IllegalStateException("the process has died");
      }
      return journal;
    }

    @Override
    public Claim claim(IdempotencyKey key, String operation, String fingerprint, java.time.Instant now) {
      return alive().claim(key, operation, fingerprint, now);
    }

    @Override
    public void done(IdempotencyKey key, String result, java.time.Instant now) {
      alive().done(key, result, now);
    }

    @Override
    public void unknown(IdempotencyKey key, java.time.Instant now) {
      alive().unknown(key, now);
    }

    @Override
    public void release(IdempotencyKey key) {
      alive().release(key);
    }

    @Override
    public Option<dev.partnerkit.adapter.support.JournalEntry> entry(IdempotencyKey key) {
      return alive().entry(key);
    }

    @Override
    public io.vavr.collection.Seq<IdempotencyKey> open(String operation) {
      return alive().open(operation);
    }

    @Override
    public Option<dev.partnerkit.adapter.support.JournalEntry> resolve(IdempotencyKey key, boolean applied,
        java.time.Instant now) {
      return alive().resolve(key, applied, now);
    }
  }

  /** Huawei finishing lagging associations now and then, as it does on its own. */
  private static final class ScheduledAssociations implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "soak-associations");
          t.setDaemon(true);
          return t;
        });

    ScheduledAssociations(HuaweiSandbox huawei) {
      timer.scheduleWithFixedDelay(huawei::completeAssociations, 300, 300, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }
}
