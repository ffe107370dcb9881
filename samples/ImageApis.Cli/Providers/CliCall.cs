using Microsoft.Extensions.AI;

namespace ImageApis.Cli.Providers;

/// <summary>What the command line adds to a typed request besides <c>--param</c>: the count, the originals, the progress observer.</summary>
/// <param name="Model">The <c>--model</c>.</param>
/// <param name="Count">The <c>--count</c>, or null when not given.</param>
/// <param name="Originals">The <c>--input-image</c> files (data) and links.</param>
/// <param name="Progress">Observes each poll of an asynchronous provider, or null.</param>
internal sealed record CliCall(string Model, int? Count, IReadOnlyList<AIContent> Originals, IProgress<ImageOperationProgress>? Progress);
