namespace ImageApis.Validation;

/// <summary>
/// How far apart two names are (Levenshtein distance, ignoring case), to suggest the name that was meant: a model id
/// or a parameter within a small distance of a known one is a likely typo (<c>flux-dve</c> for <c>flux-dev</c>).
/// </summary>
internal static class EditDistance
{
    /// <summary>The largest distance that still counts as a typo of a name of this length: 1 for short names, up to 3.</summary>
    public static int Tolerance(string name) => Math.Clamp((name?.Length ?? 0) / 4, 1, 3);

    /// <summary>The known names within <see cref="Tolerance"/> of <paramref name="name"/>, nearest first.</summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var tolerance = Tolerance(name);
        return [.. known
            .Select(candidate => (Candidate: candidate, Distance: Between(name, candidate, tolerance)))
            .Where(pair => pair.Distance <= tolerance && !string.Equals(pair.Candidate, name, StringComparison.Ordinal))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)];
    }

    /// <summary>The distance between two names, ignoring case; any value above <paramref name="limit"/> is returned as limit + 1.</summary>
    public static int Between(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
