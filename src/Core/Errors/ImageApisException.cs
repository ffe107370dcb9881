namespace ImageApis;

/// <summary>
/// Base of every exception ImageApis throws on purpose. Catch a subtype for what you handle differently:
/// <see cref="RequestValidationException"/> (nothing was sent), <see cref="ProviderException"/> and its subtypes
/// (the provider answered with an error).
/// </summary>
public abstract class ImageApisException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">Display name of the provider, e.g. <c>Api.Airforce</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ImageApisException(string provider, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
    }

    /// <summary>Display name of the provider, e.g. <c>Api.Airforce</c>.</summary>
    public string Provider { get; }
}
