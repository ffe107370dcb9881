using System.CommandLine;
using ImageApis.Cli.SpecDiff;

namespace ImageApis.Cli.Commands;

/// <summary>
/// <c>imageapis spec-diff OLD.yaml NEW.yaml</c>: what changes for users between two versions of a spec (operations,
/// request and response fields, <c>x-imageapis-models</c> capabilities), breaking changes first. Exit code 1 when
/// any change is breaking, 0 otherwise, 2 when a file cannot be read.
/// </summary>
internal static class SpecDiffCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var oldSpec = new Argument<string>("OLD.yaml") { Description = "The spec as it was." };
        var newSpec = new Argument<string>("NEW.yaml") { Description = "The spec as it is now." };
        var command = new Command("spec-diff", "Compare two versions of a spec: what changes for users, breaking (exit code 1) or not (0).");
        command.Arguments.Add(oldSpec);
        command.Arguments.Add(newSpec);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var oldPath = parsed.GetValue(oldSpec)!;
            var newPath = parsed.GetValue(newSpec)!;
            IReadOnlyList<SpecItem> before, after;
            string? file = null;
            try
            {
                file = oldPath;
                before = SpecReader.ReadFile(environment.FullPath(oldPath));
                file = newPath;
                after = SpecReader.ReadFile(environment.FullPath(newPath));
            }
            catch (SpecReadException failure)
            {
                await environment.Error.WriteLineAsync($"error: cannot read {file}: {failure.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                return ExitCodes.InvalidRequest;
            }

            var changes = SpecComparer.Compare(before, after);
            var output = environment.Out;
            if (changes.Count == 0)
            {
                await output.WriteLineAsync($"No changes users see between {oldPath} and {newPath}.").ConfigureAwait(false);
                return ExitCodes.Done;
            }

            foreach (var group in changes.GroupBy(change => change.Breaking))
            {
                await output.WriteLineAsync($"{(group.Key ? "Breaking" : "Non-breaking")} changes ({group.Count()}):").ConfigureAwait(false);
                foreach (var change in group)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await output.WriteLineAsync("  " + change).ConfigureAwait(false);
                }
            }

            return changes.Any(change => change.Breaking) ? ExitCodes.Failed : ExitCodes.Done;
        });
        return command;
    }
}
