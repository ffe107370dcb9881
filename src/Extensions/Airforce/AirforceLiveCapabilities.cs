using System.Collections.Immutable;
using ImageApis.Validation;

namespace ImageApis.Airforce;

/// <summary>
/// Turns the <c>/v1/models</c> answer into capabilities: the image models (those whose <c>output_modalities</c>
/// include <c>image</c>) with their <c>image_caps</c> as constraints.
/// </summary>
public static class AirforceLiveCapabilities
{
    /// <summary>The image models of a model list.</summary>
    /// <param name="models">The answer of <c>GET /v1/models</c>.</param>
    internal static IEnumerable<Model> ImageModels(ModelList models)
        => (models?.Data ?? []).Where(model => model?.Id is { Length: > 0 } && model.OutputModalities?.Contains("image", StringComparer.OrdinalIgnoreCase) == true);

    /// <summary>
    /// The capabilities <c>image_caps</c> publishes: <c>max_n</c> bounds <c>n</c>; <c>aspect_ratios</c>, <c>qualities</c>
    /// and <c>sizes</c> are the allowed values of <c>aspect_ratio</c>, <c>quality</c> and <c>size</c>;
    /// <c>max_input_images</c> and <c>supports_url_input</c> limit the input images; <c>supports_seed: false</c> makes
    /// a seed a warning.
    /// </summary>
    /// <param name="model">An image model.</param>
    public static ModelCapabilities FromModel(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var caps = model.ImageCaps;
        var constraints = ImmutableArray.CreateBuilder<ParameterConstraint>();
        if (caps?.MaxN is { } maxN)
        {
            constraints.Add(new ParameterConstraint("n") { Minimum = 1, Maximum = maxN });
        }

        AddAllowed(constraints, "aspect_ratio", caps?.AspectRatios);
        AddAllowed(constraints, "quality", caps?.Qualities);
        AddAllowed(constraints, "size", caps?.Sizes);
        if (caps?.SupportsSeed == false)
        {
            constraints.Add(new ParameterConstraint("seed") { Ignored = true, Reason = "its image_caps.supports_seed is false" });
        }

        var inputs = caps is null || (caps.MaxInputImages is null && caps.SupportsUrlInput is null)
            ? null
            : new InputConstraint { MaxCount = caps.MaxInputImages, AllowUrls = caps.SupportsUrlInput };
        return new ModelCapabilities(model.Id!, AirforceCapabilities.CreateImage.OperationId)
        {
            Constraints = constraints.ToImmutable(),
            Inputs = inputs,
            Source = CapabilitySource.Live,
        };
    }

    /// <summary>The spec's catalog with the live capabilities of every image model laid over it.</summary>
    /// <param name="models">The answer of <c>GET /v1/models</c>.</param>
    internal static CapabilityCatalog ToCatalog(ModelList models)
        => AirforceCapabilities.Spec.WithLiveModels(ImageModels(models).Select(FromModel));

    private static void AddAllowed(ImmutableArray<ParameterConstraint>.Builder constraints, string parameter, IList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            constraints.Add(new ParameterConstraint(parameter).WithAllowedValues(values));
        }
    }
}
