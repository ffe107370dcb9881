namespace ImageApis
{
    public class ApiResponse
    {
        public ApiResponse(int statusCode, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers) { }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public string? RequestId { get; }
        public int StatusCode { get; }
        public string? GetHeader(string name) { }
        public override string ToString() { }
    }
    public class ApiResponse<TResult> : ImageApis.ApiResponse
    {
        public ApiResponse(int statusCode, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result) { }
        public TResult Result { get; }
    }
    public class ContentPolicyException : ImageApis.ProviderException
    {
        public ContentPolicyException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public static class ErrorBody
    {
        public static ImageApis.ErrorBody.Fields Parse(System.Text.Json.JsonElement root) { }
        public static ImageApis.ErrorBody.Fields Parse(string? body) { }
        public readonly struct Fields : System.IEquatable<ImageApis.ErrorBody.Fields>
        {
            public Fields(string? Code, string? Message, string? RequestId, System.DateTimeOffset? RetryAt = default, System.TimeSpan? RetryAfter = default) { }
            public string? Code { get; init; }
            public string? Message { get; init; }
            public string? RequestId { get; init; }
            public System.TimeSpan? RetryAfter { get; init; }
            public System.DateTimeOffset? RetryAt { get; init; }
            public System.TimeSpan? DelayFrom(System.DateTimeOffset now) { }
        }
    }
    public static class ErrorClassifier
    {
        public static ImageApis.ErrorKind ByStatus(int statusCode) { }
    }
    public enum ErrorKind
    {
        Unexpected = 0,
        InvalidRequest = 1,
        InvalidApiKey = 2,
        PermissionDenied = 3,
        InsufficientCredits = 4,
        ModelNotFound = 5,
        NotFound = 6,
        RateLimited = 7,
        ContentPolicy = 8,
        ProviderUnavailable = 9,
        GenerationFailed = 10,
    }
    public static class EventStreamJson
    {
        public const string MediaType = "text/event-stream";
        public static bool IsEventStream(System.Net.Http.HttpResponseMessage response) { }
        public static System.Threading.Tasks.Task<ImageApis.EventStreamJson.Outcome> ReadAsync(System.IO.Stream stream, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task UnwrapAsync(System.Net.Http.HttpResponseMessage response, string provider, System.Func<int, string?, ImageApis.ErrorKind> classify, System.Threading.CancellationToken cancellationToken) { }
        public readonly struct Outcome : System.IEquatable<ImageApis.EventStreamJson.Outcome>
        {
            public Outcome(byte[]? Json, string? ErrorJson, bool Done) { }
            public bool Done { get; init; }
            public string? ErrorJson { get; init; }
            public byte[]? Json { get; init; }
        }
    }
    public static class ExtensibleEnum
    {
        public static bool Equals(string? left, string? right) { }
        public static int GetHashCode(string? value) { }
    }
    public sealed class ExtensibleEnumConverter<T> : System.Text.Json.Serialization.JsonConverter<T>
        where T :  struct, ImageApis.IExtensibleEnum<T>
    {
        public ExtensibleEnumConverter() { }
        public override T Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
        public override void Write(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options) { }
    }
    public class GenerationFailedException : ImageApis.ProviderException
    {
        public GenerationFailedException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public interface IExtensibleEnum
    {
        string Value { get; }
    }
    public interface IExtensibleEnum<TSelf> : ImageApis.IExtensibleEnum, System.IEquatable<TSelf>
        where TSelf :  struct, ImageApis.IExtensibleEnum<TSelf>
    {
        TSelf Create(string value);
    }
    public interface IParameterBag
    {
        string Family { get; }
        System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        void ApplyTo(object request);
        bool TrySet(string name, string value);
    }
    public interface IParameterBag<in TRequest> : ImageApis.IParameterBag
        where in TRequest :  class
    {
        void ApplyTo(TRequest request);
    }
    public abstract class ImageApisException : System.Exception
    {
        protected ImageApisException(string provider, string message, System.Exception? innerException = null) { }
        public string Provider { get; }
    }
    public static class ImageApisJson
    {
        public static System.Text.Json.JsonSerializerOptions Default { get; }
        public static void Configure(System.Text.Json.JsonSerializerOptions options) { }
    }
    public class InsufficientCreditsException : ImageApis.ProviderException
    {
        public InsufficientCreditsException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public class InvalidApiKeyException : ImageApis.ProviderException
    {
        public InvalidApiKeyException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public class InvalidRequestException : ImageApis.ProviderException
    {
        public InvalidRequestException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public class ModelNotFoundException : ImageApis.ProviderException
    {
        public ModelNotFoundException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public static class ParameterBagExtensions
    {
        public static TRequest With<TRequest>(this TRequest request, ImageApis.IParameterBag<TRequest> parameters)
            where TRequest :  class { }
    }
    public static class ParameterText
    {
        public static bool ToBoolean(string value, string name) { }
        public static byte[] ToBytes(string value, string name) { }
        public static double ToDouble(string value, string name) { }
        public static object ToExtra(string value) { }
        public static int ToInt32(string value, string name) { }
        public static long ToInt64(string value, string name) { }
        public static System.Collections.Generic.IList<string> ToList(string value) { }
        public static System.Collections.Generic.IList<T> ToList<T>(string value, string name, System.Func<string, string, T> item) { }
        public static System.Collections.Generic.IDictionary<string, object> ToObject(string value, string name) { }
    }
    public class PermissionDeniedException : ImageApis.ProviderException
    {
        public PermissionDeniedException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public abstract class ProviderClientBase
    {
        protected ProviderClientBase() { }
        protected abstract string ProviderName { get; }
        protected virtual ImageApis.ErrorKind ClassifyError(int statusCode, string? code) { }
        protected virtual System.Threading.Tasks.Task PrepareRequestAsync(System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, System.Text.StringBuilder urlBuilder, System.Threading.CancellationToken cancellationToken) { }
        protected virtual System.Threading.Tasks.Task PrepareRequestAsync(System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, string url, System.Threading.CancellationToken cancellationToken) { }
        protected virtual System.Threading.Tasks.Task ProcessResponseAsync(System.Net.Http.HttpClient client, System.Net.Http.HttpResponseMessage response, System.Threading.CancellationToken cancellationToken) { }
        protected static void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) { }
    }
    public sealed class ProviderError : System.IEquatable<ImageApis.ProviderError>
    {
        public ProviderError(string Provider, int StatusCode) { }
        public string? Body { get; init; }
        public string? Code { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; init; }
        public string? Message { get; init; }
        public string Provider { get; init; }
        public string? RequestId { get; init; }
        public System.TimeSpan? RetryAfter { get; init; }
        public int StatusCode { get; init; }
        public string Describe() { }
    }
    public static class ProviderErrors
    {
        public static System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Collect(System.Net.Http.HttpResponseMessage response) { }
        public static ImageApis.ProviderException FromStreamError(string provider, System.Net.Http.HttpResponseMessage response, string errorJson, System.Func<int, string?, ImageApis.ErrorKind> classify) { }
        public static System.Threading.Tasks.Task<ImageApis.ProviderException> ReadAsync(string provider, System.Net.Http.HttpResponseMessage response, System.Func<int, string?, ImageApis.ErrorKind> classify, System.Threading.CancellationToken cancellationToken) { }
    }
    public class ProviderException : ImageApis.ImageApisException
    {
        public ProviderException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        protected ProviderException(ImageApis.ProviderError error, string message, System.Exception? innerException) { }
        public ImageApis.ProviderError Error { get; }
        public string? ErrorCode { get; }
        public virtual ImageApis.ErrorKind Kind { get; }
        public string? ProviderMessage { get; }
        public string? RequestId { get; }
        public string? ResponseBody { get; }
        public System.TimeSpan? RetryAfter { get; }
        public int StatusCode { get; }
        public static ImageApis.ProviderException Create(ImageApis.ErrorKind kind, ImageApis.ProviderError error, System.Exception? innerException = null) { }
    }
    public class ProviderUnavailableException : ImageApis.ProviderException
    {
        public ProviderUnavailableException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public class RateLimitedException : ImageApis.ProviderException
    {
        public RateLimitedException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public static class RequestIds
    {
        public const string Header = "X-Request-ID";
        public static string Ensure(System.Net.Http.HttpRequestMessage request) { }
    }
    public class RequestValidationException : ImageApis.ImageApisException
    {
        public RequestValidationException(string provider, string? model, System.Collections.Generic.IReadOnlyList<ImageApis.Validation.ValidationIssue> issues) { }
        public System.Collections.Generic.IReadOnlyList<ImageApis.Validation.ValidationIssue> Issues { get; }
        public string? Model { get; }
    }
    public class ResourceNotFoundException : ImageApis.ProviderException
    {
        public ResourceNotFoundException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public override ImageApis.ErrorKind Kind { get; }
    }
    public static class ResponseHeaders
    {
        public static System.Collections.Generic.IReadOnlyList<string> RequestIdNames { get; }
        public static decimal? DecimalValue(System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, string name) { }
        public static string? First(System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, string name) { }
        public static System.TimeSpan? ParseRetryAfter(string? value, System.DateTimeOffset now) { }
        public static string? RequestId(System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers) { }
        public static string? RequestId(System.Net.Http.HttpResponseMessage response) { }
        public static System.TimeSpan? RetryAfter(System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.DateTimeOffset now) { }
        public static System.TimeSpan? RetryAfter(System.Net.Http.HttpResponseMessage response, System.DateTimeOffset now) { }
    }
    public class UnexpectedResponseException : ImageApis.ProviderException
    {
        public UnexpectedResponseException(ImageApis.ProviderError error, System.Exception? innerException = null) { }
        public UnexpectedResponseException(string provider, string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException) { }
    }
    public class UnexpectedResponseException<TResult> : ImageApis.UnexpectedResponseException
    {
        public UnexpectedResponseException(string provider, string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, TResult result, System.Exception? innerException) { }
        public TResult Result { get; }
    }
    public enum ValidationMode
    {
        Strict = 0,
        WarnOnly = 1,
        Off = 2,
    }
}
namespace ImageApis.Http
{
    public static class NdjsonReader
    {
        public const string MediaType = "application/x-ndjson";
        [System.Runtime.CompilerServices.AsyncIteratorStateMachine(typeof(ImageApis.Http.NdjsonReader.<ReadAsync>d__1<T>))]
        public static System.Collections.Generic.IAsyncEnumerable<T> ReadAsync<T>(System.IO.Stream stream, System.Text.Json.JsonSerializerOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken cancellationToken = default) { }
    }
}
namespace ImageApis.Validation
{
    public sealed class CapabilityCatalog
    {
        public CapabilityCatalog(string provider, System.Collections.Generic.IEnumerable<ImageApis.Validation.OperationCapabilities> operations, System.Collections.Generic.IEnumerable<ImageApis.Validation.ModelCapabilities> models, bool isLive = false) { }
        public bool IsLive { get; }
        public System.Collections.Immutable.ImmutableArray<string> ModelIds { get; }
        public System.Collections.Generic.IEnumerable<ImageApis.Validation.ModelCapabilities> Models { get; }
        public System.Collections.Generic.IEnumerable<ImageApis.Validation.OperationCapabilities> Operations { get; }
        public string Provider { get; }
        public ImageApis.Validation.ModelCapabilities? FindModel(string modelId) { }
        public ImageApis.Validation.OperationCapabilities GetOperation(string operationId) { }
        public ImageApis.Validation.CapabilityCatalog WithLiveModels(System.Collections.Generic.IEnumerable<ImageApis.Validation.ModelCapabilities> live) { }
    }
    public enum CapabilitySource
    {
        Spec = 0,
        Live = 1,
    }
    public sealed class ConditionalConstraints : System.IEquatable<ImageApis.Validation.ConditionalConstraints>
    {
        public ConditionalConstraints(string Parameter, string Value) { }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ParameterConstraint> Constraints { get; init; }
        public ImageApis.Validation.InputConstraint? Inputs { get; init; }
        public string Parameter { get; init; }
        public string Value { get; init; }
    }
    public sealed class InputConstraint : System.IEquatable<ImageApis.Validation.InputConstraint>
    {
        public InputConstraint() { }
        public bool? AllowBase64 { get; init; }
        public bool? AllowUrls { get; init; }
        public int? MaxCount { get; init; }
        public int? MinCount { get; init; }
        public ImageApis.Validation.InputConstraint Overlay(ImageApis.Validation.InputConstraint? other) { }
    }
    public readonly struct InputTally : System.IEquatable<ImageApis.Validation.InputTally>
    {
        public InputTally(int Total, int Urls, int Base64, int Malformed) { }
        public int Base64 { get; init; }
        public int Malformed { get; init; }
        public int Total { get; init; }
        public int Urls { get; init; }
        public ImageApis.Validation.InputTally AddFixedForm(ImageApis.Validation.ParameterValue value) { }
        public ImageApis.Validation.InputTally AddItem(bool hasUrl, bool hasBase64) { }
        public ImageApis.Validation.InputTally AddUrlOrBase64(ImageApis.Validation.ParameterValue value) { }
    }
    public sealed class ModelCapabilities : System.IEquatable<ImageApis.Validation.ModelCapabilities>
    {
        public ModelCapabilities(string ModelId, string Operation) { }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ParameterConstraint> Constraints { get; init; }
        public string? Family { get; init; }
        public string? FamilyTitle { get; init; }
        public ImageApis.Validation.InputConstraint? Inputs { get; init; }
        public string ModelId { get; init; }
        public string Operation { get; init; }
        public ImageApis.Validation.CapabilitySource Source { get; init; }
        public ImageApis.Validation.ParameterConstraint? Find(string parameter) { }
        public ImageApis.Validation.ModelCapabilities Overlay(ImageApis.Validation.ModelCapabilities live) { }
    }
    public sealed class ModelFamily : System.IEquatable<ImageApis.Validation.ModelFamily>
    {
        public ModelFamily(string Name, string Title) { }
        public System.Collections.Immutable.ImmutableArray<string> Models { get; init; }
        public string Name { get; init; }
        public System.Collections.Immutable.ImmutableArray<string> Parameters { get; init; }
        public string Title { get; init; }
    }
    public sealed class OperationCapabilities : System.IEquatable<ImageApis.Validation.OperationCapabilities>
    {
        public OperationCapabilities(string operationId, string title) { }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ConditionalConstraints> Conditions { get; init; }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ParameterConstraint> Constraints { get; init; }
        public string? DefaultModel { get; init; }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ModelFamily> Families { get; init; }
        public System.Collections.Immutable.ImmutableArray<string> InputParameters { get; init; }
        public string? ModelParameter { get; init; }
        public System.Collections.Generic.IEnumerable<string> Models { get; }
        public string OperationId { get; }
        public string Title { get; }
        public ImageApis.Validation.UnknownModelPolicy UnknownModels { get; init; }
        public System.Collections.Immutable.ImmutableArray<ImageApis.Validation.ModelFamily> OwnersOf(string parameter) { }
    }
    public sealed class ParameterConstraint : System.IEquatable<ImageApis.Validation.ParameterConstraint>
    {
        public ParameterConstraint(string Parameter) { }
        public System.Collections.Immutable.ImmutableArray<string> AllowedValues { get; init; }
        public bool Ignored { get; init; }
        public int? MaxItems { get; init; }
        public double? Maximum { get; init; }
        public int? MinItems { get; init; }
        public double? Minimum { get; init; }
        public double? MultipleOf { get; init; }
        public bool NotAccepted { get; init; }
        public string Parameter { get; init; }
        public string? Pattern { get; init; }
        public string? PatternDescription { get; init; }
        public string? Reason { get; init; }
        public bool Required { get; init; }
        public ImageApis.Validation.ParameterConstraint WithAllowedValues(System.Collections.Generic.IEnumerable<string> values) { }
    }
    public readonly struct ParameterValue
    {
        public int Count { get; }
        public bool IsBlank { get; }
        public bool IsPresent { get; }
        public ImageApis.Validation.ParameterValueKind Kind { get; }
        public string? Text { get; }
        public static ImageApis.Validation.ParameterValue Missing { get; }
        public bool Matches(string wireValue) { }
        public bool StartsWith(string prefix) { }
        public string? ToDisplayString() { }
        public override string ToString() { }
        public bool TryGetNumber(out double number) { }
        public static ImageApis.Validation.ParameterValue From(System.Text.Json.JsonElement value) { }
        public static ImageApis.Validation.ParameterValue From(System.Uri? value) { }
        public static ImageApis.Validation.ParameterValue From(bool? value) { }
        public static ImageApis.Validation.ParameterValue From(byte[]? value) { }
        public static ImageApis.Validation.ParameterValue From(decimal? value) { }
        public static ImageApis.Validation.ParameterValue From(double? value) { }
        public static ImageApis.Validation.ParameterValue From(float? value) { }
        public static ImageApis.Validation.ParameterValue From(int? value) { }
        public static ImageApis.Validation.ParameterValue From(long? value) { }
        public static ImageApis.Validation.ParameterValue From(object? value) { }
        public static ImageApis.Validation.ParameterValue From(string? value) { }
        public static ImageApis.Validation.ParameterValue From<T>(System.Collections.Generic.ICollection<T>? value) { }
        public static ImageApis.Validation.ParameterValue From<T>(T? value)
            where T :  struct, ImageApis.IExtensibleEnum<T> { }
        public static ImageApis.Validation.ParameterValue FromExtra(System.Collections.Generic.IDictionary<string, object>? extras, string name) { }
    }
    public enum ParameterValueKind
    {
        Missing = 0,
        Text = 1,
        Number = 2,
        Boolean = 3,
        List = 4,
        Other = 5,
    }
    public abstract class RequestValidator<TRequest>
        where TRequest :  class
    {
        protected RequestValidator(string operationId) { }
        public string OperationId { get; }
        protected abstract ImageApis.Validation.InputTally CountInputs(TRequest request);
        protected abstract System.Collections.Generic.IDictionary<string, object>? GetExtraParameters(TRequest request);
        protected abstract string? GetModel(TRequest request);
        protected abstract ImageApis.Validation.ParameterValue GetValue(TRequest request, string parameter);
        public ImageApis.Validation.ValidationResult Validate(TRequest request, ImageApis.Validation.CapabilityCatalog catalog, string? model = null) { }
    }
    public enum UnknownModelPolicy
    {
        Reject = 0,
        Allow = 1,
    }
    public sealed class ValidationIssue
    {
        public ValidationIssue(ImageApis.Validation.ValidationIssueKind kind, ImageApis.Validation.ValidationSeverity severity, string parameter, string? model, string? value, string? allowed, System.Collections.Generic.IReadOnlyList<string>? allowedValues, string message) { }
        public string? Allowed { get; }
        public System.Collections.Generic.IReadOnlyList<string> AllowedValues { get; }
        public ImageApis.Validation.ValidationIssueKind Kind { get; }
        public string Message { get; }
        public string? Model { get; }
        public string Parameter { get; }
        public ImageApis.Validation.ValidationSeverity Severity { get; }
        public string? Value { get; }
        public override string ToString() { }
    }
    public enum ValidationIssueKind
    {
        Required = 0,
        NotAllowed = 1,
        BelowMinimum = 2,
        AboveMaximum = 3,
        NotMultiple = 4,
        TooFewItems = 5,
        TooManyItems = 6,
        PatternMismatch = 7,
        NotAccepted = 8,
        OtherFamily = 9,
        Ignored = 10,
        TooManyInputs = 11,
        TooFewInputs = 12,
        UrlInputNotAllowed = 13,
        Base64InputNotAllowed = 14,
        MalformedInput = 15,
        UnknownModel = 16,
        WrongEndpoint = 17,
    }
    public readonly struct ValidationResult
    {
        public ValidationResult(string? model, System.Collections.Generic.IReadOnlyList<ImageApis.Validation.ValidationIssue>? issues) { }
        public System.Collections.Generic.IEnumerable<ImageApis.Validation.ValidationIssue> Errors { get; }
        public bool HasIssues { get; }
        public bool IsValid { get; }
        public System.Collections.Generic.IReadOnlyList<ImageApis.Validation.ValidationIssue> Issues { get; }
        public string? Model { get; }
        public System.Collections.Generic.IEnumerable<ImageApis.Validation.ValidationIssue> Warnings { get; }
        public void ThrowIfInvalid(string provider) { }
        public override string ToString() { }
    }
    public enum ValidationSeverity
    {
        Error = 0,
        Warning = 1,
    }
}