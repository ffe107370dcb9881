namespace ImageApis.Validation;

/// <summary>Where a model's capabilities come from.</summary>
public enum CapabilitySource
{
    /// <summary>The provider's OpenAPI spec, compiled in.</summary>
    Spec,

    /// <summary>The provider's live capability endpoint (e.g. Api.Airforce <c>/v1/models</c>).</summary>
    Live,
}
