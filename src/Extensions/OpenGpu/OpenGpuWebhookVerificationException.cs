namespace ImageApis.OpenGpu;

/// <summary>
/// A webhook delivery that did not verify: a missing header, a timestamp outside the tolerance, or no signature that
/// matches the body. Treat the delivery as forged or replayed (an endpoint answers 401). The message names what was
/// wrong and never the secret.
/// </summary>
public sealed class OpenGpuWebhookVerificationException : ImageApisException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    public OpenGpuWebhookVerificationException(string message)
        : base(OpenGpuCapabilities.ProviderName, message)
    {
    }
}
