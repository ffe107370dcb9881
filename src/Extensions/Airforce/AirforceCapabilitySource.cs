namespace ImageApis.Airforce;

/// <summary>Where an Api.Airforce client takes model capabilities from.</summary>
public enum AirforceCapabilitySource
{
    /// <summary>The live <c>image_caps</c> of <c>GET /v1/models</c>, laid over the spec; the spec while they cannot be loaded.</summary>
    Live,

    /// <summary>Only the capabilities compiled in from specs/airforce.yaml.</summary>
    Spec,
}
