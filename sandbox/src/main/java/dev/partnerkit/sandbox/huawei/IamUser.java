package dev.partnerkit.sandbox.huawei;

import java.util.Objects;

/**
 * An IAM user the front door issues tokens to: the account (domain) name, the user name and the password. The
 * password never appears in {@link #toString()}.
 */
public record IamUser(String domainName, String userName, String password) {

  public IamUser {
    Objects.requireNonNull(domainName, "domainName");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "IamUser[domainName=" + domainName + ", userName=" + userName + ", password=******]";
  }
}
