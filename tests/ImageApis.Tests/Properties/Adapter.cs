using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.Tests.Properties;

/// <summary>A random request through an <see cref="IImageGenerator"/>: model, count, bag and extras in the options.</summary>
internal static class Adapter
{
    public static Task<ImageGenerationResponse> GenerateAsync(IImageGenerator generator, RequestCase request, IParameterBag? bag)
    {
        var options = new ImageGenerationOptions
        {
            ModelId = request.Model,
            AdditionalProperties = new() { [ImageApisImageGenerator.ValidationKey] = request.Mode },
        };
        if (request.Count is > 0 and <= 10)
        {
            options.Count = request.Count;
        }

        var extras = new Dictionary<string, object>(StringComparer.Ordinal);
        PropertyRun.Apply(request.Parameters, bag, extras);
        foreach (var (name, value) in extras)
        {
            options.AdditionalProperties[name] = value;
        }

        if (request.Number is { } number)
        {
            options.AdditionalProperties["guidance"] = number;
        }

        if (bag is not null)
        {
            options.AdditionalProperties[ImageApisImageGenerator.ParametersKey] = bag;
        }

        return generator.GenerateAsync(new ImageGenerationRequest(request.Prompt), options);
    }
}
