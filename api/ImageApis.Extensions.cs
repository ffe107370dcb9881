namespace ImageApis.AI
{
    public abstract class ImageApisImageGenerator : Microsoft.Extensions.AI.IImageGenerator, System.IDisposable
    {
        public const string ParametersKey = "imageapis.parameters";
        public const string ProgressKey = "imageapis.progress";
        public const string ValidationKey = "imageapis.validation";
        public Microsoft.Extensions.AI.ImageGeneratorMetadata Metadata { get; }
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public System.Threading.Tasks.Task<Microsoft.Extensions.AI.ImageGenerationResponse> GenerateAsync(Microsoft.Extensions.AI.ImageGenerationRequest request, Microsoft.Extensions.AI.ImageGenerationOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual object? GetService(System.Type serviceType, object? serviceKey = null) { }
    }
    public abstract class ImageApisImageGenerator<TClient> : ImageApis.AI.ImageApisImageGenerator
        where TClient :  class
    {
        public override object? GetService(System.Type serviceType, object? serviceKey = null) { }
    }
}
namespace ImageApis.AceData
{
    public sealed class AceDataCallback
    {
        public ImageApis.AceData.FluxImagesResponse Body { get; }
        public ImageApis.ProviderError? Error { get; }
        public ImageApis.ImageGenerationResult? Result { get; }
        public bool Succeeded { get; }
        public string TaskId { get; }
        public void ThrowIfFailed() { }
        public static ImageApis.AceData.AceDataCallback Parse(System.ReadOnlySpan<byte> json) { }
    }
    public sealed class AceDataCallbackTasks
    {
        public AceDataCallbackTasks(System.TimeProvider time) { }
        public void Expect(string taskId, System.TimeSpan lifetime) { }
        public bool TryAccept(string taskId) { }
    }
    public class AceDataImageClient
    {
        protected AceDataImageClient() { }
        public AceDataImageClient(string apiKey, ImageApis.AceData.AceDataOptions? options = null) { }
        public ImageApis.ImageDownloader Downloader { get; }
        public ImageApis.AceData.AceDataProtocolClient Protocol { get; }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> EditAsync(string model, string prompt, System.Uri imageUrl, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>? parameters = null, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(ImageApis.AceData.FluxImagesRequest request, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(string model, string prompt, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>? parameters = null, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual ImageApis.AceData.AceDataTaskOperation ResumeOperation(string operationId, string? model = null) { }
        public virtual System.Threading.Tasks.Task<ImageApis.AceData.AceDataTaskOperation> StartAsync(ImageApis.AceData.FluxImagesRequest request, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.AceData.AceDataTaskOperation> StartAsync(string model, string prompt, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>? parameters = null, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        [System.Runtime.CompilerServices.AsyncIteratorStateMachine(typeof(ImageApis.AceData.AceDataImageClient.<StreamAsync>d__19))]
        public virtual System.Collections.Generic.IAsyncEnumerable<ImageApis.AceData.AceDataSnapshot> StreamAsync(ImageApis.AceData.FluxImagesRequest request, ImageApis.ImageRequestOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.ValueTask<ImageApis.Validation.ValidationResult> ValidateAsync(ImageApis.AceData.FluxImagesRequest request, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class AceDataImageGenerator : ImageApis.AI.ImageApisImageGenerator<ImageApis.AceData.AceDataImageClient>
    {
        public AceDataImageGenerator(ImageApis.AceData.AceDataImageClient client, System.Uri? baseUrl) { }
    }
    public sealed class AceDataOptions : ImageApis.ImageApisClientOptions
    {
        public AceDataOptions() { }
        public System.TimeSpan CallbackLifetime { get; set; }
        public ImageApis.OperationPolling Polling { get; set; }
        public static System.Uri DefaultBaseUrl { get; }
        protected override void Validate(string client, System.Collections.Generic.ICollection<string> failures) { }
    }
    public sealed class AceDataSnapshot : System.IEquatable<ImageApis.AceData.AceDataSnapshot>
    {
        public AceDataSnapshot(int Index, ImageApis.AceData.FluxImagesResponse State, bool IsFinal) { }
        public int ImageCount { get; }
        public int Index { get; init; }
        public bool IsFinal { get; init; }
        public ImageApis.ImageGenerationResult? Result { get; init; }
        public ImageApis.AceData.FluxImagesResponse State { get; init; }
    }
    public class AceDataTaskOperation : ImageApis.ImageGenerationOperation
    {
        public ImageApis.AceData.FluxTasksResponse? Task { get; }
        protected override System.Threading.Tasks.Task<ImageApis.OperationUpdate> PollAsync(System.Threading.CancellationToken cancellationToken) { }
    }
}
namespace ImageApis.Airforce
{
    public enum AirforceCapabilitySource
    {
        Live = 0,
        Spec = 1,
    }
    public class AirforceCapabilityStore : System.IDisposable
    {
        public AirforceCapabilityStore(System.Func<ImageApis.Airforce.AirforceProtocolClient> client, System.Func<ImageApis.Airforce.AirforceOptions> options, System.TimeProvider time, Microsoft.Extensions.Logging.ILogger<ImageApis.Airforce.AirforceCapabilityStore> logger) { }
        public ImageApis.Validation.CapabilityCatalog? Live { get; }
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public virtual System.Threading.Tasks.ValueTask<ImageApis.Validation.CapabilityCatalog> GetCatalogAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.Validation.CapabilityCatalog> RefreshAsync(System.Threading.CancellationToken cancellationToken = default) { }
    }
    public class AirforceImageClient
    {
        protected AirforceImageClient() { }
        public AirforceImageClient(string apiKey, ImageApis.Airforce.AirforceOptions? options = null) { }
        public ImageApis.Airforce.AirforceCapabilityStore Capabilities { get; }
        public ImageApis.ImageDownloader Downloader { get; }
        public ImageApis.Airforce.AirforceProtocolClient Protocol { get; }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(ImageApis.Airforce.AirforceImageRequest request, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(string model, string prompt, ImageApis.IParameterBag<ImageApis.Airforce.AirforceImageRequest>? parameters = null, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<ImageApis.Airforce.Model>> ListImageModelsAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.ValueTask<ImageApis.Validation.ValidationResult> ValidateAsync(ImageApis.Airforce.AirforceImageRequest request, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class AirforceImageGenerator : ImageApis.AI.ImageApisImageGenerator<ImageApis.Airforce.AirforceImageClient>
    {
        public AirforceImageGenerator(ImageApis.Airforce.AirforceImageClient client, System.Uri? baseUrl) { }
    }
    public static class AirforceLiveCapabilities
    {
        public static ImageApis.Validation.ModelCapabilities FromModel(ImageApis.Airforce.Model model) { }
    }
    public sealed class AirforceOptions : ImageApis.ImageApisClientOptions
    {
        public AirforceOptions() { }
        public ImageApis.Airforce.AirforceCapabilitySource Capabilities { get; set; }
        public System.TimeSpan CapabilitiesLifetime { get; set; }
        public System.TimeSpan CapabilitiesRetryAfterFailure { get; set; }
        public static System.Uri DefaultBaseUrl { get; }
    }
}
namespace ImageApis
{
    public sealed class DownloadedImage : System.IEquatable<ImageApis.DownloadedImage>
    {
        public DownloadedImage(System.ReadOnlyMemory<byte> Data, string? MediaType) { }
        public System.ReadOnlyMemory<byte> Data { get; init; }
        public string Extension { get; }
        public string? MediaType { get; init; }
    }
    public sealed class GeneratedImage
    {
        public GeneratedImage(System.ReadOnlyMemory<byte>? data, System.Uri? url, string? mediaType = null, string? revisedPrompt = null, System.DateTimeOffset? expiresAt = default) { }
        public System.ReadOnlyMemory<byte>? Data { get; }
        public System.DateTimeOffset? ExpiresAt { get; }
        public bool IsEmpty { get; }
        public string? MediaType { get; }
        public string? RevisedPrompt { get; }
        public System.Uri? Url { get; }
        public override string ToString() { }
    }
    public abstract class ImageApisClientOptions
    {
        protected ImageApisClientOptions() { }
        public string? ApiKey { get; set; }
        public System.Uri? BaseUrl { get; set; }
        public bool HasApiKey { get; }
        public ImageApis.RetryOptions Retry { get; set; }
        public System.TimeSpan Timeout { get; set; }
        public ImageApis.ValidationMode Validation { get; set; }
        public override string ToString() { }
        protected virtual void Validate(string client, System.Collections.Generic.ICollection<string> failures) { }
    }
    public static class ImageApisModelFactory
    {
        public static ImageApis.AceData.AceDataTaskOperation AceDataTaskOperation(string taskId, ImageApis.ImageGenerationResult result) { }
        public static ImageApis.GeneratedImage GeneratedImage(System.ReadOnlyMemory<byte> data, string? mediaType = "image/png") { }
        public static ImageApis.GeneratedImage GeneratedImage(System.Uri url, System.DateTimeOffset? expiresAt = default) { }
        public static ImageApis.ImageGenerationResult ImageGenerationResult(string provider, string? model, System.Collections.Generic.IEnumerable<ImageApis.GeneratedImage> images, string? requestId = null, decimal? costCents = default) { }
        public static ImageApis.OpenGpu.OpenGpuTaskOperation OpenGpuTaskOperation(string taskId, ImageApis.ImageGenerationResult result) { }
        public static ImageApis.Wonda.WondaGenerationOperation WondaGenerationOperation(string inferenceJobId, ImageApis.ImageGenerationResult result) { }
    }
    public class ImageDownloader
    {
        public const string HttpClientName = "ImageApis.Downloads";
        public ImageDownloader(System.Net.Http.IHttpClientFactory httpClients) { }
        public long MaxBytes { get; set; }
        public virtual System.Threading.Tasks.Task<ImageApis.DownloadedImage> DownloadAsync(System.Uri url, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.DownloadedImage> GetBytesAsync(ImageApis.GeneratedImage image, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public abstract class ImageGenerationOperation
    {
        protected ImageGenerationOperation(string provider, string id, ImageApis.ImageGenerationResult value) { }
        protected ImageGenerationOperation(string provider, string id, ImageApis.OperationPolling polling, System.TimeProvider? timeProvider = null) { }
        public ImageApis.ProviderError? Error { get; }
        public bool HasCompleted { get; }
        public bool HasValue { get; }
        public string Id { get; }
        protected ImageApis.OperationUpdate? LastUpdate { get; }
        public ImageApis.OperationPolling Polling { get; }
        public System.IProgress<ImageApis.ImageOperationProgress>? Progress { get; set; }
        public string Provider { get; }
        public ImageApis.ImageOperationStatus Status { get; }
        public ImageApis.ImageGenerationResult Value { get; }
        protected abstract System.Threading.Tasks.Task<ImageApis.OperationUpdate> PollAsync(System.Threading.CancellationToken cancellationToken);
        public System.Threading.Tasks.Task<ImageApis.ImageOperationStatus> UpdateStatusAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> WaitForCompletionAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> WaitForCompletionAsync(System.TimeSpan pollingInterval, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public class ImageGenerationResult
    {
        public ImageGenerationResult(string provider, string? model, System.Collections.Generic.IReadOnlyList<ImageApis.GeneratedImage> images) { }
        public decimal? CostCents { get; init; }
        public System.DateTimeOffset? CreatedAt { get; init; }
        public System.Collections.Generic.IReadOnlyList<ImageApis.GeneratedImage> Images { get; }
        public string? Model { get; }
        public string Provider { get; }
        public object? RawResponse { get; init; }
        public string? RequestId { get; init; }
    }
    public static class ImageMediaType
    {
        public static string? Detect(System.ReadOnlySpan<byte> data) { }
        public static string Extension(string? mediaType) { }
        public static string? FromPath(string? path) { }
    }
    public sealed class ImageOperationProgress : System.IEquatable<ImageApis.ImageOperationProgress>
    {
        public ImageOperationProgress(string Provider, string Id, ImageApis.ImageOperationStatus Status, System.TimeSpan Elapsed) { }
        public string? Detail { get; init; }
        public System.TimeSpan Elapsed { get; init; }
        public double? Fraction { get; init; }
        public string Id { get; init; }
        public string Provider { get; init; }
        public ImageApis.ImageOperationStatus Status { get; init; }
    }
    public enum ImageOperationStatus
    {
        Queued = 0,
        Running = 1,
        Succeeded = 2,
        Failed = 3,
        Canceled = 4,
    }
    public class ImageRequestOptions
    {
        public ImageRequestOptions() { }
        public System.IProgress<ImageApis.ImageOperationProgress>? Progress { get; set; }
        public ImageApis.ValidationMode? Validation { get; set; }
    }
    public sealed class OperationPolling : System.IEquatable<ImageApis.OperationPolling>
    {
        public OperationPolling() { }
        public double BackoffFactor { get; init; }
        public System.TimeSpan Interval { get; init; }
        public System.TimeSpan MaxInterval { get; init; }
        public System.TimeSpan MinInterval { get; init; }
        public System.TimeSpan Timeout { get; init; }
        public System.TimeSpan Next(System.TimeSpan delay) { }
        public override string ToString() { }
    }
    public sealed class OperationUpdate : System.IEquatable<ImageApis.OperationUpdate>
    {
        public OperationUpdate(ImageApis.ImageOperationStatus Status) { }
        public string? Detail { get; init; }
        public ImageApis.ProviderError? Error { get; init; }
        public ImageApis.ErrorKind? ErrorKind { get; init; }
        public double? Fraction { get; init; }
        public ImageApis.ImageGenerationResult? Result { get; init; }
        public System.TimeSpan? RetryAfter { get; init; }
        public ImageApis.ImageOperationStatus Status { get; init; }
    }
    public sealed class RequestValidationHandler : System.Net.Http.DelegatingHandler
    {
        public RequestValidationHandler(string provider, ImageApis.RequestValidationHandlerOptions? options = null) { }
        public RequestValidationHandler(string provider, System.Net.Http.HttpMessageHandler innerHandler, ImageApis.RequestValidationHandlerOptions? options = null) { }
        protected override System.Net.Http.HttpResponseMessage Send(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) { }
        protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) { }
    }
    public sealed class RequestValidationHandlerOptions
    {
        public RequestValidationHandlerOptions() { }
        public System.Func<System.Threading.CancellationToken, System.Threading.Tasks.ValueTask<ImageApis.Validation.CapabilityCatalog>>? Capabilities { get; set; }
        public Microsoft.Extensions.Logging.ILogger? Logger { get; set; }
        public ImageApis.ValidationMode Validation { get; set; }
    }
    public sealed class RetryOptions
    {
        public RetryOptions() { }
        public System.TimeSpan BaseDelay { get; set; }
        public System.TimeSpan MaxDelay { get; set; }
        public int MaxRetries { get; set; }
        public System.Collections.Generic.ISet<int> StatusCodes { get; set; }
        public override string ToString() { }
    }
}
namespace ImageApis.OpenGpu
{
    public enum OpenGpuAuthentication
    {
        ApiKeyHeader = 0,
        Bearer = 1,
    }
    public class OpenGpuImageClient
    {
        protected OpenGpuImageClient() { }
        public OpenGpuImageClient(string apiKey, ImageApis.OpenGpu.OpenGpuRelayOptions? options = null) { }
        public virtual ImageApis.Validation.CapabilityCatalog Capabilities { get; }
        public ImageApis.ImageDownloader Downloader { get; }
        public ImageApis.OpenGpu.OpenGpuProtocolClient Protocol { get; }
        public virtual ImageApis.OpenGpu.IOpenGpuImageRequest CreateRequest(string model, string prompt) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(ImageApis.OpenGpu.IOpenGpuImageRequest request, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(string model, string prompt, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync<TRequest>(string model, string prompt, ImageApis.IParameterBag<TRequest> parameters, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default)
            where TRequest :  class, ImageApis.OpenGpu.IOpenGpuImageRequest { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GetResultAsync(ImageApis.OpenGpu.TaskWebhookEvent webhookEvent, ImageApis.OpenGpu.StoreOutput? storeOutput = default, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual ImageApis.OpenGpu.OpenGpuTaskOperation ResumeOperation(string operationId, ImageApis.OpenGpu.StoreOutput? storeOutput = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.OpenGpu.OpenGpuTaskOperation> StartAsync(ImageApis.OpenGpu.IOpenGpuImageRequest request, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.OpenGpu.OpenGpuTaskOperation> StartAsync(string model, string prompt, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.ValueTask<ImageApis.Validation.ValidationResult> ValidateAsync(ImageApis.OpenGpu.IOpenGpuImageRequest request, ImageApis.OpenGpu.OpenGpuRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class OpenGpuImageGenerator : ImageApis.AI.ImageApisImageGenerator<ImageApis.OpenGpu.OpenGpuImageClient>
    {
        public OpenGpuImageGenerator(ImageApis.OpenGpu.OpenGpuImageClient client, System.Uri? baseUrl) { }
    }
    public sealed class OpenGpuRelayOptions : ImageApis.ImageApisClientOptions
    {
        public OpenGpuRelayOptions() { }
        public ImageApis.OpenGpu.OpenGpuAuthentication Authentication { get; set; }
        public bool DownloadUrls { get; set; }
        public System.TimeSpan? LongPollWait { get; set; }
        public ImageApis.OperationPolling Polling { get; set; }
        public int SubmitRetries { get; set; }
        public string? WebhookSecret { get; set; }
        public System.TimeSpan WebhookTolerance { get; set; }
        public static System.Uri DefaultBaseUrl { get; }
        protected override void Validate(string client, System.Collections.Generic.ICollection<string> failures) { }
    }
    public sealed class OpenGpuRequestOptions : ImageApis.ImageRequestOptions
    {
        public OpenGpuRequestOptions() { }
        public bool? DownloadUrls { get; set; }
        public string? IdempotencyKey { get; set; }
    }
    public sealed class OpenGpuTaskOperation : ImageApis.ImageGenerationOperation
    {
        public bool DownloadUrls { get; init; }
        public string? IdempotencyKey { get; init; }
        public ImageApis.OpenGpu.TaskRecord? LastRecord { get; }
        public System.TimeSpan? LongPollWait { get; set; }
        public string? Model { get; init; }
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; init; }
        public bool WasReplayed { get; init; }
        protected override System.Threading.Tasks.Task<ImageApis.OperationUpdate> PollAsync(System.Threading.CancellationToken cancellationToken) { }
    }
    public sealed class OpenGpuWebhookDelivery
    {
        public OpenGpuWebhookDelivery(string id, System.DateTimeOffset timestamp, ImageApis.OpenGpu.TaskWebhookEvent @event, System.ReadOnlyMemory<byte> body) { }
        public System.ReadOnlyMemory<byte> Body { get; }
        public ImageApis.OpenGpu.TaskWebhookEvent Event { get; }
        public string Id { get; }
        public System.DateTimeOffset Timestamp { get; }
        public override string ToString() { }
    }
    public sealed class OpenGpuWebhookVerificationException : ImageApis.ImageApisException
    {
        public OpenGpuWebhookVerificationException(string message) { }
    }
    public sealed class OpenGpuWebhookVerifier
    {
        public const string IdHeader = "webhook-id";
        public const string SignatureHeader = "webhook-signature";
        public const string TimestampHeader = "webhook-timestamp";
        public OpenGpuWebhookVerifier(System.Collections.Generic.IEnumerable<string> secrets, System.TimeProvider? timeProvider = null, System.TimeSpan? tolerance = default) { }
        public OpenGpuWebhookVerifier(string secret, System.TimeProvider? timeProvider = null, System.TimeSpan? tolerance = default) { }
        public System.TimeSpan Tolerance { get; }
        public static System.TimeSpan DefaultTolerance { get; }
        public bool IsValid(System.ReadOnlySpan<byte> body, string? id, string? timestamp, string? signature) { }
        public override string ToString() { }
        public ImageApis.OpenGpu.OpenGpuWebhookDelivery Verify(System.ReadOnlySpan<byte> body, string? id, string? timestamp, string? signature) { }
        public static bool IsWellFormedSecret(string? secret) { }
        public static ImageApis.OpenGpu.TaskWebhookEvent ParseEvent(System.ReadOnlySpan<byte> body) { }
        public static string Sign(string secret, string id, long timestamp, System.ReadOnlySpan<byte> body) { }
    }
}
namespace ImageApis.Wonda
{
    public sealed class WondaAttachment
    {
        public string? FileName { get; }
        public bool IsLocal { get; }
        public string? MediaId { get; }
        public string? MediaType { get; }
        public override string ToString() { }
        public static ImageApis.Wonda.WondaAttachment FromBytes(System.ReadOnlyMemory<byte> data, string? fileName = null, string? mediaType = null) { }
        public static ImageApis.Wonda.WondaAttachment FromFile(string path, string? mediaType = null) { }
        public static ImageApis.Wonda.WondaAttachment FromMediaId(string mediaId) { }
        public static ImageApis.Wonda.WondaAttachment FromStream(System.IO.Stream stream, string? fileName = null, string? mediaType = null) { }
    }
    public class WondaGenerationOperation : ImageApis.ImageGenerationOperation
    {
        public ImageApis.Wonda.InferenceJob? Job { get; }
        public ImageApis.Wonda.InferenceJobStatus? JobStatus { get; }
        public string? Model { get; }
        protected override System.Threading.Tasks.Task<ImageApis.OperationUpdate> PollAsync(System.Threading.CancellationToken cancellationToken) { }
    }
    public class WondaImageClient
    {
        protected WondaImageClient() { }
        public WondaImageClient(string apiKey, ImageApis.Wonda.WondaOptions? options = null) { }
        public ImageApis.ImageDownloader Downloader { get; }
        public ImageApis.Wonda.WondaProtocolClient Protocol { get; }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(ImageApis.Wonda.WondaImageRequest request, ImageApis.Wonda.WondaRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ImageGenerationResult> GenerateAsync(string model, string? prompt, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>? parameters = null, ImageApis.Wonda.WondaRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual ImageApis.Wonda.WondaGenerationOperation ResumeOperation(string operationId, string? model = null) { }
        public virtual System.Threading.Tasks.Task<ImageApis.Wonda.WondaGenerationOperation> StartAsync(ImageApis.Wonda.WondaImageRequest request, ImageApis.Wonda.WondaRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.Wonda.WondaGenerationOperation> StartAsync(string model, string? prompt, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>? parameters = null, ImageApis.Wonda.WondaRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.Wonda.MediaUploadResponse> UploadAsync(ImageApis.Wonda.WondaAttachment attachment, ImageApis.ImageRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.ValueTask<ImageApis.Validation.ValidationResult> ValidateAsync(ImageApis.Wonda.WondaImageRequest request, ImageApis.Wonda.WondaRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class WondaImageGenerator : ImageApis.AI.ImageApisImageGenerator<ImageApis.Wonda.WondaImageClient>
    {
        public WondaImageGenerator(ImageApis.Wonda.WondaImageClient client, System.Uri? baseUrl) { }
    }
    public sealed class WondaOptions : ImageApis.ImageApisClientOptions
    {
        public WondaOptions() { }
        public long MaxAttachmentBytes { get; set; }
        public ImageApis.OperationPolling Polling { get; set; }
        public static System.Uri DefaultBaseUrl { get; }
        public static ImageApis.OperationPolling DefaultPolling { get; }
        protected override void Validate(string client, System.Collections.Generic.ICollection<string> failures) { }
    }
    public sealed class WondaRequestOptions : ImageApis.ImageRequestOptions
    {
        public WondaRequestOptions() { }
        public System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.WondaAttachment>? Attachments { get; set; }
    }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public static class AceDataServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAceData(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAceData(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, System.Action<ImageApis.AceData.AceDataOptions> configure) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAceData(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, string name, System.Action<ImageApis.AceData.AceDataOptions> configure) { }
    }
    public static class AirforceServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAirforce(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAirforce(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, System.Action<ImageApis.Airforce.AirforceOptions> configure) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddAirforce(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, string name, System.Action<ImageApis.Airforce.AirforceOptions> configure) { }
    }
    public sealed class ImageApisBuilder
    {
        public Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }
    }
    public static class ImageApisServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddImageApis(this Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }
    }
    public static class OpenGpuRelayServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddOpenGpuRelay(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddOpenGpuRelay(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, System.Action<ImageApis.OpenGpu.OpenGpuRelayOptions> configure) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddOpenGpuRelay(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, string name, System.Action<ImageApis.OpenGpu.OpenGpuRelayOptions> configure) { }
    }
    public static class RequestValidationHttpClientBuilderExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddImageApisValidation(this Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder, string provider, System.Action<ImageApis.RequestValidationHandlerOptions>? configure = null) { }
    }
    public static class WondaServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddWonda(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddWonda(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, System.Action<ImageApis.Wonda.WondaOptions> configure) { }
        public static Microsoft.Extensions.DependencyInjection.ImageApisBuilder AddWonda(this Microsoft.Extensions.DependencyInjection.ImageApisBuilder builder, string name, System.Action<ImageApis.Wonda.WondaOptions> configure) { }
    }
}