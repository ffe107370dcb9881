using System.Globalization;

namespace ImageApis.Cli;

/// <summary>Shows the polls of an asynchronous job on standard error: one line each time its status changes.</summary>
internal sealed class ProgressWriter(TextWriter error) : IProgress<ImageOperationProgress>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _last = new(StringComparer.Ordinal);

    public void Report(ImageOperationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var fraction = value.Fraction is { } done ? string.Create(CultureInfo.InvariantCulture, $" {done:P0}") : string.Empty;
        var status = $"{value.Detail ?? value.Status.ToString()}{fraction}";
        lock (_gate)
        {
            if (_last.TryGetValue(value.Id, out var previous) && previous == status)
            {
                return;
            }

            _last[value.Id] = status;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Provider} {value.Id}: {status} ({value.Elapsed.TotalSeconds:0.0} s)"));
        }
    }
}
