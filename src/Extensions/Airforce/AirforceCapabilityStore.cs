using ImageApis.Validation;
using Microsoft.Extensions.Logging;

namespace ImageApis.Airforce;

/// <summary>
/// Holds the capabilities an Api.Airforce client validates against: the live ones from <c>/v1/models</c> (loaded on
/// first use, reloaded after <see cref="AirforceOptions.CapabilitiesLifetime"/>, refreshable at will), or the spec's
/// while they cannot be loaded. One store per registered client; thread-safe.
/// </summary>
public partial class AirforceCapabilityStore : IDisposable
{
    private readonly Func<AirforceProtocolClient> _client;
    private readonly Func<AirforceOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CapabilityCatalog? _live;
    private long _expiresTicks;
    private long _nextAttemptTicks;

    /// <summary>Creates the store.</summary>
    /// <param name="client">Creates a client to load <c>/v1/models</c> with.</param>
    /// <param name="options">The client's current options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where loading problems are logged.</param>
    public AirforceCapabilityStore(Func<AirforceProtocolClient> client, Func<AirforceOptions> options, TimeProvider time, ILogger<AirforceCapabilityStore> logger)
    {
        _client = client;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The live catalog last loaded, or null.</summary>
    public CapabilityCatalog? Live => Volatile.Read(ref _live);

    /// <summary>
    /// The catalog to validate with. With live capabilities on, loads them when missing or expired; if loading
    /// fails, logs a warning and returns the spec's catalog (trying again after a while). Never throws for a failed
    /// load; cancellation is honoured.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for a load.</param>
    public virtual async ValueTask<CapabilityCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        var options = _options();
        if (options.Capabilities == AirforceCapabilitySource.Spec)
        {
            return AirforceCapabilities.Spec;
        }

        var now = _time.GetUtcNow().UtcTicks;
        if (Live is { } live && now < Volatile.Read(ref _expiresTicks))
        {
            return live;
        }

        if (now < Volatile.Read(ref _nextAttemptTicks))
        {
            return Live ?? AirforceCapabilities.Spec;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            now = _time.GetUtcNow().UtcTicks;
            if (Live is { } loaded && now < Volatile.Read(ref _expiresTicks))
            {
                return loaded;
            }

            if (now < Volatile.Read(ref _nextAttemptTicks))
            {
                return Live ?? AirforceCapabilities.Spec;
            }

            try
            {
                return await LoadAsync(options, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure to load falls back to the spec; the caller's cancellation still propagates.
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                Volatile.Write(ref _nextAttemptTicks, (_time.GetUtcNow() + options.CapabilitiesRetryAfterFailure).UtcTicks);
                LogLoadFailed(_logger, exception.GetType().Name, exception.Message);
                return Live ?? AirforceCapabilities.Spec;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads the live capabilities now; throws when the provider cannot be reached or answers an error.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    public virtual async Task<CapabilityCatalog> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadAsync(_options(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CapabilityCatalog> LoadAsync(AirforceOptions options, CancellationToken cancellationToken)
    {
        var response = await _client().ListModelsAsync(cancellationToken).ConfigureAwait(false);
        var catalog = AirforceLiveCapabilities.ToCatalog(response.Result);
        Volatile.Write(ref _live, catalog);
        Volatile.Write(ref _expiresTicks, (_time.GetUtcNow() + options.CapabilitiesLifetime).UtcTicks);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var count = catalog.Models.Count(model => model.Source == CapabilitySource.Live);
            LogLoaded(_logger, count);
        }
        return catalog;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the lock.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Api.Airforce: loaded the live capabilities of {Count} image models from /v1/models")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Api.Airforce: could not load live capabilities from /v1/models ({Error}: {Message}); validating against the spec for now")]
    private static partial void LogLoadFailed(ILogger logger, string error, string message);
}
