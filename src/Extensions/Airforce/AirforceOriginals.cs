using Microsoft.Extensions.AI;

namespace ImageApis.Airforce;

/// <summary>Original images on an Api.Airforce request, for the adapter and the command line alike.</summary>
internal static class AirforceOriginals
{
    /// <summary>The request field the originals go to.</summary>
    public const string Field = "input_images";

    /// <summary>Adds the originals to <c>input_images</c>: bytes as base64, links as URLs.</summary>
    /// <param name="typed">The request.</param>
    /// <param name="originals">Data or links.</param>
    /// <exception cref="ArgumentException">An original is neither data nor a link.</exception>
    public static void AddTo(AirforceImageRequest typed, IEnumerable<AIContent>? originals)
    {
        foreach (var original in originals ?? [])
        {
            typed.InputImages ??= [];
            typed.InputImages.Add(original switch
            {
                DataContent data => new InputImage { B64Json = data.Data.ToArray() },
                UriContent link => new InputImage { Url = link.Uri },
                _ => throw new ArgumentException($"Api.Airforce takes original images as data or links, not {original.GetType().Name}.", nameof(originals)),
            });
        }
    }
}
