namespace ImageApis.AceData;

/// <summary>
/// One progress snapshot of an NDJSON-streamed generation: each line of the stream is the full current state. The last
/// snapshot of a stream is <see cref="IsFinal"/> and carries the typed <see cref="Result"/>.
/// </summary>
/// <param name="Index">Position in the stream, from 0.</param>
/// <param name="State">The state as the provider sent it.</param>
/// <param name="IsFinal">True for the last snapshot, once the stream has ended.</param>
public sealed record AceDataSnapshot(int Index, FluxImagesResponse State, bool IsFinal)
{
    /// <summary>The images, on the final snapshot.</summary>
    public ImageGenerationResult? Result { get; init; }

    /// <summary>How many images the state holds so far.</summary>
    public int ImageCount => State.Data?.Count(image => !string.IsNullOrEmpty(image?.ImageUrl)) ?? 0;
}
