package dev.partnerkit.cli;

/** How a command prints what it lists. */
enum OutputFormat {
  /** Aligned columns for a person. */
  TABLE,
  /** A JSON array of objects, one per row, keyed by column name. */
  JSON,
  /** RFC 4180 CSV with a header row. */
  CSV
}
