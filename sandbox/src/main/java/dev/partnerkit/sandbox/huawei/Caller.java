package dev.partnerkit.sandbox.huawei;

/** Who made an authenticated call: an access key id, or the IAM user a token was issued to. Used for rate-limit keys. */
record Caller(String identity) {}
