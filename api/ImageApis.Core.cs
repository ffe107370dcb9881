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
    public abstract class ProviderClientBase { }
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
        UnknownParameter = 18,
        DuplicateParameter = 19,
        WrongType = 20,
        InvalidBody = 21,
        NotFinite = 22,
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