using ImageApis.Http;
using Microsoft.Extensions.AI;

namespace ImageApis.AI;

/// <summary>
/// An <see cref="ImageApisImageGenerator"/> over one provider's typed client, which it also hands out through
/// <see cref="GetService"/> (<c>generator.GetService&lt;AirforceImageClient&gt;()</c>) for what the common interface does not cover.
/// </summary>
/// <typeparam name="TClient">The provider's typed client.</typeparam>
public abstract class ImageApisImageGenerator<TClient> : ImageApisImageGenerator
    where TClient : class
{
    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The typed client.</param>
    /// <param name="metadata">Provider name, URL and default model.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    private protected ImageApisImageGenerator(TClient client, ImageGeneratorMetadata metadata, ImageDownloader downloader)
        : base(metadata, downloader)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
    }

    /// <summary>The provider's typed client.</summary>
    private protected TClient Client { get; }

    /// <inheritdoc />
    private protected override CallDeadline? StartDeadline(CancellationToken cancellationToken)
        => (Client as ICallDeadlineSource)?.StartDeadline(cancellationToken);

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
        => serviceKey is null && serviceType == typeof(TClient) ? Client : base.GetService(serviceType, serviceKey);
}
