package ma.majlis.api;

import io.swagger.v3.oas.annotations.media.Schema;

import ma.majlis.deliberation.RegisterChain;

/** The result of recomputing a body's register chain. */
@Schema(name = "RegisterVerification")
public record RegisterVerification(
    @Schema(example = "CA") String body,
    @Schema(description = "true when every resolution's hash is that of its content after the previous one's, in an"
        + " unbroken sequence") boolean valid,
    @Schema(description = "how many resolutions of the body were checked", example = "12") int checked,
    @Schema(description = "the number of the first resolution that does not fit the chain (changed, or after a"
        + " change, a deletion or an insertion); null when valid", example = "CA-2021-S2-R02", nullable = true)
    String firstBroken) {

  static RegisterVerification of(RegisterChain.Verification v) {
    return new RegisterVerification(v.body(), v.valid(), v.checked(), v.firstBroken());
  }
}
