package dev.partnerkit.bench;

/**
 * One line of the results table: what was measured, ours, theirs (blank where there is no theirs), the ratio, the
 * goal and whether it was met ({@code met} null: no goal).
 */
record Row(String measurement, String ours, String theirs, String ratio, String goal, Boolean met) {

  static Row info(String measurement, String ours, String note) {
    return new Row(measurement, ours, "", "", note, null);
  }

  String verdict() {
    return met == null ? "n/a" : met ? "met" : "**missed**";
  }

  static String f0(double v) {
    return String.format("%,.0f", v);
  }

  static String f2(double v) {
    return String.format("%.2f", v);
  }
}
