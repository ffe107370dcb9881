using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ImageApis.Generators.Parsing;

/// <summary>
/// YamlDotNet's event parser with the limits of the document checked as its events pass, in the one pass that also
/// builds the representation model: nesting deeper than <see cref="Limits.MaxDepth"/> stops before the (recursive)
/// model would overflow the stack, and more than <see cref="Limits.MaxNodes"/> nodes, every alias counted at the size of
/// its anchor's node, stops an alias bomb ("billion laughs") before anything walks it.
/// </summary>
internal sealed class LimitingParser : IParser
{
    private readonly IParser _inner;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Start)> _open = new();
    private long _nodes;

    public LimitingParser(IParser inner, CancellationToken cancellationToken)
    {
        _inner = inner;
        _cancellationToken = cancellationToken;
    }

    public ParsingEvent? Current => _inner.Current;

    /// <summary>The end of the last event read: where a failure without a position of its own is reported.</summary>
    public Mark Last { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        var current = _inner.Current!;
        Last = current.End;
        switch (current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= Limits.MaxDepth)
                {
                    throw new LimitException(current, Limits.MaxDepth, "levels of nesting", "Flatten the YAML here");
                }

                var anchor = ((NodeEvent)current).Anchor;
                _open.Push((anchor.IsEmpty ? null : anchor.Value, _nodes));
                _nodes++;
                break;
            case MappingEnd or SequenceEnd:
                var (name, start) = _open.Pop();
                if (name is not null)
                {
                    _sizes[name] = _nodes - start;
                }

                break;
            case Scalar scalar:
                if (!scalar.Anchor.IsEmpty)
                {
                    _sizes[scalar.Anchor.Value] = 1;
                }

                _nodes++;
                break;
            case AnchorAlias alias:
                _nodes += _sizes.TryGetValue(alias.Value.Value, out var size) ? size : 1;
                break;
        }

        if (_nodes > Limits.MaxNodes)
        {
            throw new LimitException(current, Limits.MaxNodes, "YAML nodes (aliases counted at the size of what they refer to)", "An alias repeats its whole anchor: write less of it, or split the spec");
        }

        if ((_nodes & 0x3FFF) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        return true;
    }

    /// <summary>A limit exceeded at an event.</summary>
#pragma warning disable CA1032, CA1064 // Thrown and caught inside the parser only.
    internal sealed class LimitException(ParsingEvent at, int limit, string what, string remedy) : Exception(what)
#pragma warning restore CA1032, CA1064
    {
        public Mark Start { get; } = at.Start;

        public Mark End { get; } = at.End;

        public int Limit { get; } = limit;

        public string What { get; } = what;

        public string Remedy { get; } = remedy;
    }
}
