using System.Drawing;
using System.Globalization;

namespace ImageApis.AI;

/// <summary>
/// Maps the <see cref="Size"/> of Microsoft.Extensions.AI onto what providers take: <c>WxH</c> text, or the nearest
/// aspect ratio a model allows.
/// </summary>
internal static class ImageSizes
{
    /// <summary>Common aspect ratios, for providers that take ratios without listing them.</summary>
    public static IReadOnlyList<string> CommonAspectRatios { get; } = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21"];

    /// <summary>The size as <c>WxH</c>, e.g. <c>1024x1024</c>.</summary>
    /// <param name="size">The size.</param>
    public static string ToText(Size size) => string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}");

    /// <summary>
    /// The allowed <c>WxH</c> size closest to <paramref name="size"/>: nearest in aspect ratio (log scale), then in area.
    /// Values that are not <c>WxH</c> (such as <c>auto</c>) are skipped; null when none parses.
    /// </summary>
    /// <param name="size">The size.</param>
    /// <param name="allowed">Sizes such as <c>1536x1024</c>.</param>
    public static string? NearestSize(Size size, IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (size.Width <= 0 || size.Height <= 0)
        {
            return null;
        }

        var ratio = Math.Log((double)size.Width / size.Height);
        var area = Math.Log((double)size.Width * size.Height);
        return allowed
            .Select(text => (Text: text, Parts: text.Split('x')))
            .Where(candidate => candidate.Parts.Length == 2
                && int.TryParse(candidate.Parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0
                && int.TryParse(candidate.Parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h > 0)
            .Select(candidate => (candidate.Text, Width: double.Parse(candidate.Parts[0], CultureInfo.InvariantCulture), Height: double.Parse(candidate.Parts[1], CultureInfo.InvariantCulture)))
            .OrderBy(candidate => Math.Round(Math.Abs(Math.Log(candidate.Width / candidate.Height) - ratio), 6))
            .ThenBy(candidate => Math.Abs(Math.Log(candidate.Width * candidate.Height) - area))
            .Select(candidate => candidate.Text)
            .FirstOrDefault();
    }

    /// <summary>A side rounded to the nearest multiple of <paramref name="step"/>, at least <paramref name="minimum"/>.</summary>
    /// <param name="side">Pixels.</param>
    /// <param name="step">The multiple, e.g. 32.</param>
    /// <param name="minimum">The smallest side, e.g. 64.</param>
    public static int Round(int side, int step, int minimum)
        => Math.Max(minimum, (int)Math.Round(side / (double)step, MidpointRounding.AwayFromZero) * step);

    /// <summary>The allowed aspect ratio closest to the size's ratio (compared on a log scale), or null when none parses.</summary>
    /// <param name="size">The size.</param>
    /// <param name="allowed">Ratios such as <c>16:9</c>.</param>
    public static string? NearestAspectRatio(Size size, IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (size.Width <= 0 || size.Height <= 0)
        {
            return null;
        }

        var target = Math.Log((double)size.Width / size.Height);
        string? best = null;
        var bestDistance = double.MaxValue;
        foreach (var ratio in allowed)
        {
            var parts = ratio.Split(':');
            if (parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var height)
                && width > 0 && height > 0)
            {
                var distance = Math.Abs(Math.Log(width / height) - target);
                if (distance < bestDistance)
                {
                    best = ratio;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }
}
