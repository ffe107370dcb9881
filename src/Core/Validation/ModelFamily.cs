using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// A family of models that share parameters (e.g. Flux on Api.Airforce), with the parameters only it takes.
/// </summary>
/// <param name="Name">Identifier of the family, e.g. <c>NanoBanana</c>.</param>
/// <param name="Title">Display name, e.g. <c>Nano-Banana</c>.</param>
public sealed record ModelFamily(string Name, string Title)
{
    /// <summary>The model ids of the family.</summary>
    public ImmutableArray<string> Models { get; init; } = [];

    /// <summary>Wire names of the family's own parameters.</summary>
    public ImmutableArray<string> Parameters { get; init; } = [];
}
