using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImageApis.Cli.Commands;

/// <summary><c>imageapis models</c>: the models and their capabilities, live for Api.Airforce, from the spec otherwise.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var providerOption = CommonOptions.Provider();
        var connectionOptions = new ConnectionOptions();
        var json = CommonOptions.Json();
        var command = new Command("models", "List the models and what each accepts: live for airforce (GET /v1/models), from the spec for the others.");
        command.Options.Add(providerOption);
        connectionOptions.AddTo(command);
        command.Options.Add(json);

        command.SetAction((parsed, cancellationToken) =>
        {
            var connection = connectionOptions.Of(parsed);
            return CommandRun.GuardAsync(connection.Timeout, environment, async token =>
            {
                var provider = Providers.CliProvider.Find(parsed.GetRequiredValue(providerOption));
                ModelsSummary summary;
                if (provider.ListLiveModels is { } listLiveModels)
                {
                    await using var session = await CliSession.OpenAsync(provider, connection, environment, starting: null, token).ConfigureAwait(false);
                    summary = ModelsSummary.From(provider.Name, live: true, provider.Spec, await listLiveModels(session.Services, token).ConfigureAwait(false));
                }
                else
                {
                    summary = ModelsSummary.From(provider.Name, live: false, provider.Spec, provider.Spec.Models);
                }

                environment.Out.Write(parsed.GetValue(json) ? JsonSerializer.Serialize(summary, CliJson.Default.ModelsSummary) + Environment.NewLine : Render(provider.DisplayName, summary));
                return ExitCodes.Done;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>The summary as text: a block per model, a line per parameter.</summary>
    public static string Render(string displayName, ModelsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{displayName}: {summary.Models.Count} models ({(summary.Source == "live" ? "live, from the provider" : "from the spec")})");
        foreach (var model in summary.Models)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{model.Id}{(model.Family is { } family ? $"  [{family}]" : string.Empty)}  {model.Endpoint}");
            foreach (var parameter in model.Parameters)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {parameter.Name,-18} {Describe(parameter)}");
            }

            if (model.Inputs is { } inputs)
            {
                var kinds = string.Join(" or ", new[] { inputs.Urls == true ? "links" : null, inputs.Base64 == true ? "bytes" : null }.OfType<string>());
                text.AppendLine(CultureInfo.InvariantCulture, $"    {"input images",-18} {Range(inputs.Min, inputs.Max)}{(kinds.Length > 0 ? $", as {kinds}" : string.Empty)}");
            }
        }

        return text.ToString();
    }

    private static string Describe(ModelsSummary.Parameter parameter)
    {
        var parts = new List<string>();
        if (parameter.NotAccepted)
        {
            parts.Add("not accepted");
        }

        if (parameter.Ignored)
        {
            parts.Add("ignored by the model");
        }

        if (parameter.Required)
        {
            parts.Add("required");
        }

        if (parameter.Allowed is { Count: > 0 } allowed)
        {
            parts.Add("one of " + string.Join(", ", allowed));
        }

        if (parameter.Minimum is not null || parameter.Maximum is not null)
        {
            parts.Add(Range(parameter.Minimum, parameter.Maximum));
        }

        if (parameter.MultipleOf is { } step)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"multiple of {step}"));
        }

        if (parameter.MaxItems is { } most)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"at most {most} items"));
        }

        if (parameter.Pattern is { } pattern)
        {
            parts.Add("like " + pattern);
        }

        var described = parts.Count == 0 ? "any value" : string.Join("; ", parts);
        return parameter.Reason is { } reason ? $"{described} ({reason})" : described;
    }

    private static string Range(double? minimum, double? maximum) => (minimum, maximum) switch
    {
        ({ } low, { } high) when low == high => string.Create(CultureInfo.InvariantCulture, $"exactly {low}"),
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low} to {high}"),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"at least {low}"),
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"at most {high}"),
        _ => "any number",
    };
}
