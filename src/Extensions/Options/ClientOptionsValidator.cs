using Microsoft.Extensions.Options;

namespace ImageApis;

/// <summary>
/// Checks a provider's options at start-up: an absolute http(s) base URL, an API key, a sensible timeout and retry
/// settings. Each failure names the setting, the value and what is allowed (never the key itself).
/// </summary>
/// <typeparam name="TOptions">The provider's options.</typeparam>
internal sealed class ClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ImageApisClientOptions
{
    private readonly string _provider;

    public ClientOptionsValidator(string provider) => _provider = provider;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = string.IsNullOrEmpty(name) ? _provider : $"{_provider} client '{name}'";
        var failures = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{client}: BaseUrl must be an absolute http or https URL; got '{options.BaseUrl}'.");
        }

        if (!options.HasApiKey)
        {
            failures.Add($"{client}: ApiKey is required; set it in the options or in configuration (it is sent only to the base URL's host).");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromHours(2))
        {
            failures.Add($"{client}: Timeout must be between 1 second and 2 hours; got {options.Timeout}. Renders take minutes: the default is 10 minutes.");
        }

        if (options.Retry is null || options.Retry.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{client}: Retry.MaxRetries must be between 0 and 10; got {options.Retry?.MaxRetries}.");
        }
        else if (options.Retry.BaseDelay < TimeSpan.Zero || options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add($"{client}: Retry.BaseDelay must be 0 or more and at most Retry.MaxDelay; got {options.Retry.BaseDelay} and {options.Retry.MaxDelay}.");
        }

        options.Validate(client, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
