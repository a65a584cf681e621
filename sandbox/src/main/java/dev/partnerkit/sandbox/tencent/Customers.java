package dev.partnerkit.sandbox.tencent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The partner's customers, by UIN, in binding order; with the per-phone and per-mail lookups CreateAccount needs. */
final class Customers {

  private final Map<Long, CustomerAccount> byUin = new LinkedHashMap<>();

  void add(CustomerAccount account) {
    byUin.put(account.uin, account);
  }

  Optional<CustomerAccount> get(long uin) {
    return Optional.ofNullable(byUin.get(uin));
  }

  List<CustomerAccount> all() {
    return new ArrayList<>(byUin.values());
  }

  void clear() {
    byUin.clear();
  }

  int size() {
    return byUin.size();
  }

  /** How many accounts are registered on this phone number. */
  int onPhone(String countryCode, String phone) {
    return (int)
        byUin.values().stream().filter(c -> c.countryCode.equals(countryCode) && c.phone.equals(phone)).count();
  }

  /** Whether an account already uses this mail address (case-insensitive). */
  boolean mailTaken(String mail) {
    String m = mail.toLowerCase(Locale.ROOT);
    return byUin.values().stream().anyMatch(c -> c.mail.toLowerCase(Locale.ROOT).equals(m));
  }
}
