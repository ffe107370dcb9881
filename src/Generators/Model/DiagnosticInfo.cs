using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageApis.Generators.Model;

/// <summary>
/// A diagnostic as a value: descriptor id, message arguments and a position in a spec file (no Location in the
/// pipeline, so that results compare by value).
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    EquatableArray<string> Arguments,
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public Diagnostic ToDiagnostic()
    {
        var location = Location.Create(
            Path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        return Diagnostic.Create(Diagnostics.Find(Id), location, Arguments.Items.Cast<object>().ToArray());
    }
}
