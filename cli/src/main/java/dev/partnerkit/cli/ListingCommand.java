package dev.partnerkit.cli;

import picocli.CommandLine.Mixin;

/** A command that prints what it lists or did as rows, and so offers {@code -o table|json|csv}. */
abstract class ListingCommand extends GatewayCommand {

  @Mixin OutputOptions output;
}
