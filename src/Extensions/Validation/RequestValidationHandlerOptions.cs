using ImageApis.Validation;
using Microsoft.Extensions.Logging;

namespace ImageApis;

/// <summary>Settings of a <see cref="RequestValidationHandler"/>.</summary>
public sealed class RequestValidationHandlerOptions
{
    /// <summary>
    /// What an invalid request does: <see cref="ValidationMode.Strict"/> (the default) throws
    /// <see cref="RequestValidationException"/> and sends nothing, <see cref="ValidationMode.WarnOnly"/> logs each issue
    /// and sends, <see cref="ValidationMode.Off"/> sends without reading the body.
    /// </summary>
    public ValidationMode Validation { get; set; } = ValidationMode.Strict;

    /// <summary>
    /// Where the capabilities come from, e.g. <c>ct =&gt; store.GetCatalogAsync(ct)</c> of an
    /// <c>AirforceCapabilityStore</c> for Api.Airforce's live <c>image_caps</c>. Null: the spec's catalog, or, with
    /// <c>AddImageApisValidation</c>, the live capabilities of the provider's registered default client where it has them.
    /// </summary>
    public Func<CancellationToken, ValueTask<CapabilityCatalog>>? Capabilities { get; set; }

    /// <summary>Where issues are logged in warn-only mode (never the body or a header). Null: nowhere.</summary>
    public ILogger? Logger { get; set; }
}
