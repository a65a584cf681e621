package dev.partnerkit.sandbox.shared;

/** A front door as the {@link FrontDoorServer} sees it: headers in, a {@link WireStep} out. */
public interface WireDoor {

  /** Decides from the headers; never throws (every refusal is the vendor's envelope). */
  WireStep open(WireCall call);

  /** The vendor's answer to a body larger than {@code limit} bytes. */
  WireAnswer bodyTooLarge(long limit);
}
