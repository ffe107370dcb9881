namespace ImageApis.AceData
{
    public static class AceDataCapabilities
    {
        public const string ProviderName = "AceData Cloud";
        public static ImageApis.Validation.OperationCapabilities CreateImages { get; }
        public static ImageApis.Validation.CapabilityCatalog Spec { get; }
        public static ImageApis.IParameterBag? CreateParameters(string model) { }
    }
    public class AceDataErrorDetail
    {
        public AceDataErrorDetail() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public string? Code { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("message")]
        public string? Message { get; set; }
    }
    public class AceDataErrorResponse
    {
        public AceDataErrorResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public ImageApis.AceData.AceDataErrorDetail? Error { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("success")]
        public bool? Success { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("trace_id")]
        public string? TraceId { get; set; }
    }
    public sealed class AceDataFluxParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>
    {
        public const string FamilyName = "AceDataFlux";
        public AceDataFluxParameters() { }
        public string Family { get; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.AceData.FluxImagesRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public static class AceDataModels
    {
        public const string Flux2Flex = "flux-2-flex";
        public const string Flux2Max = "flux-2-max";
        public const string Flux2Pro = "flux-2-pro";
        public const string FluxDev = "flux-dev";
        public const string FluxKontextMax = "flux-kontext-max";
        public const string FluxKontextPro = "flux-kontext-pro";
        public const string FluxPro = "flux-pro";
        public const string FluxPro1_1 = "flux-pro-1.1";
        public const string FluxPro1_1Ultra = "flux-pro-1.1-ultra";
        public static System.Collections.Generic.IReadOnlyList<string> All { get; }
    }
    public class AceDataProtocolClient : ImageApis.ProviderClientBase, ImageApis.AceData.IAceDataProtocolClient
    {
        public AceDataProtocolClient(System.Net.Http.HttpClient httpClient) { }
        protected System.Text.Json.JsonSerializerOptions JsonSerializerSettings { get; }
        public bool ReadResponseAsString { get; set; }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.AceData.FluxImagesResponse>> CreateImagesAsync(ImageApis.AceData.FluxImagesRequest body, System.Threading.CancellationToken cancellationToken = default) { }
        protected virtual System.Threading.Tasks.Task<ImageApis.AceData.AceDataProtocolClient.ObjectResponseResult<T>> ReadObjectResponseAsync<T>(System.Net.Http.HttpResponseMessage response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Threading.CancellationToken cancellationToken) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.AceData.FluxTasksResponse>> RetrieveTasksAsync(ImageApis.AceData.FluxTasksRequest body, System.Threading.CancellationToken cancellationToken = default) { }
        protected readonly struct ObjectResponseResult<T>
        {
            public ObjectResponseResult(T responseObject, string responseText) { }
            public T Object { get; }
            public string Text { get; }
        }
    }
    public sealed class AceDataUnexpectedResponseException : ImageApis.UnexpectedResponseException
    {
        public AceDataUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Exception? innerException) { }
    }
    public sealed class AceDataUnexpectedResponseException<TResult> : ImageApis.UnexpectedResponseException<TResult>
    {
        public AceDataUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result, System.Exception? innerException) { }
    }
    public sealed class Flux2Parameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>
    {
        public const string FamilyName = "Flux2";
        public Flux2Parameters() { }
        public string Family { get; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.AceData.FluxImagesRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.AceData.FluxAction>))]
    public readonly struct FluxAction : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.AceData.FluxAction>, System.IEquatable<ImageApis.AceData.FluxAction>
    {
        public FluxAction(string value) { }
        public string Value { get; }
        public static ImageApis.AceData.FluxAction Edit { get; }
        public static ImageApis.AceData.FluxAction Generate { get; }
        public bool Equals(ImageApis.AceData.FluxAction other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.AceData.FluxAction Create(string value) { }
        public static ImageApis.AceData.FluxAction op_Implicit(string value) { }
        public static bool operator !=(ImageApis.AceData.FluxAction left, ImageApis.AceData.FluxAction right) { }
        public static bool operator ==(ImageApis.AceData.FluxAction left, ImageApis.AceData.FluxAction right) { }
    }
    public class FluxImage
    {
        public FluxImage() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("image_url")]
        public string? ImageUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string? Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("seed")]
        public object? Seed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("timings")]
        public object? Timings { get; set; }
    }
    public class FluxImagesRequest
    {
        public FluxImagesRequest() { }
        [System.Text.Json.Serialization.JsonPropertyName("action")]
        public ImageApis.AceData.FluxAction Action { get; set; }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("callback_url")]
        public System.Uri? CallbackUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("count")]
        public int? Count { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("image_url")]
        public System.Uri? ImageUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public ImageApis.AceData.FluxModel? Model { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public string? Size { get; set; }
    }
    public class FluxImagesResponse
    {
        public FluxImagesResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("data")]
        public System.Collections.Generic.IList<ImageApis.AceData.FluxImage>? Data { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public ImageApis.AceData.AceDataErrorDetail? Error { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("success")]
        public bool? Success { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_id")]
        public string? TaskId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("trace_id")]
        public string? TraceId { get; set; }
    }
    public sealed class FluxKontextParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>
    {
        public const string FamilyName = "FluxKontext";
        public FluxKontextParameters() { }
        public string Family { get; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.AceData.FluxImagesRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.AceData.FluxModel>))]
    public readonly struct FluxModel : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.AceData.FluxModel>, System.IEquatable<ImageApis.AceData.FluxModel>
    {
        public FluxModel(string value) { }
        public string Value { get; }
        public static ImageApis.AceData.FluxModel Flux2Flex { get; }
        public static ImageApis.AceData.FluxModel Flux2Max { get; }
        public static ImageApis.AceData.FluxModel Flux2Pro { get; }
        public static ImageApis.AceData.FluxModel FluxDev { get; }
        public static ImageApis.AceData.FluxModel FluxKontextMax { get; }
        public static ImageApis.AceData.FluxModel FluxKontextPro { get; }
        public static ImageApis.AceData.FluxModel FluxPro { get; }
        public static ImageApis.AceData.FluxModel FluxPro11 { get; }
        public static ImageApis.AceData.FluxModel FluxPro11Ultra { get; }
        public bool Equals(ImageApis.AceData.FluxModel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.AceData.FluxModel Create(string value) { }
        public static ImageApis.AceData.FluxModel op_Implicit(string value) { }
        public static bool operator !=(ImageApis.AceData.FluxModel left, ImageApis.AceData.FluxModel right) { }
        public static bool operator ==(ImageApis.AceData.FluxModel left, ImageApis.AceData.FluxModel right) { }
    }
    public sealed class FluxPro11Parameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.AceData.FluxImagesRequest>
    {
        public const string FamilyName = "FluxPro11";
        public FluxPro11Parameters() { }
        public string Family { get; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.AceData.FluxImagesRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.AceData.FluxTasksAction>))]
    public readonly struct FluxTasksAction : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.AceData.FluxTasksAction>, System.IEquatable<ImageApis.AceData.FluxTasksAction>
    {
        public FluxTasksAction(string value) { }
        public string Value { get; }
        public static ImageApis.AceData.FluxTasksAction Retrieve { get; }
        public static ImageApis.AceData.FluxTasksAction RetrieveBatch { get; }
        public bool Equals(ImageApis.AceData.FluxTasksAction other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.AceData.FluxTasksAction Create(string value) { }
        public static ImageApis.AceData.FluxTasksAction op_Implicit(string value) { }
        public static bool operator !=(ImageApis.AceData.FluxTasksAction left, ImageApis.AceData.FluxTasksAction right) { }
        public static bool operator ==(ImageApis.AceData.FluxTasksAction left, ImageApis.AceData.FluxTasksAction right) { }
    }
    public class FluxTasksRequest
    {
        public FluxTasksRequest() { }
        [System.Text.Json.Serialization.JsonPropertyName("action")]
        public ImageApis.AceData.FluxTasksAction Action { get; set; }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string? Id { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("ids")]
        public System.Collections.Generic.IList<string>? Ids { get; set; }
    }
    public class FluxTasksResponse
    {
        public FluxTasksResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("api_id")]
        public string? ApiId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("application_id")]
        public string? ApplicationId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("count")]
        public int? Count { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("created_at")]
        public double? CreatedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("credential_id")]
        public string? CredentialId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("elapsed")]
        public double? Elapsed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("finished_at")]
        public double? FinishedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string? Id { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("items")]
        public System.Collections.Generic.IList<ImageApis.AceData.FluxTasksResponse>? Items { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("request")]
        public object? Request { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("response")]
        public ImageApis.AceData.FluxImagesResponse? Response { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("started_at")]
        public double? StartedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("trace_id")]
        public string? TraceId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("user_id")]
        public string? UserId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("_id")]
        public string? _Id { get; set; }
    }
    public interface IAceDataProtocolClient
    {
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.AceData.FluxImagesResponse>> CreateImagesAsync(ImageApis.AceData.FluxImagesRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.AceData.FluxTasksResponse>> RetrieveTasksAsync(ImageApis.AceData.FluxTasksRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
}
namespace ImageApis.Airforce
{
    public static class AirforceCapabilities
    {
        public const string ProviderName = "Api.Airforce";
        public static ImageApis.Validation.OperationCapabilities CreateImage { get; }
        public static ImageApis.Validation.CapabilityCatalog Spec { get; }
        public static ImageApis.IParameterBag? CreateParameters(string model) { }
    }
    public class AirforceErrorDetail
    {
        public AirforceErrorDetail() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public string? Code { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("detail")]
        public object? Detail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("details")]
        public object? Details { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("message")]
        public string? Message { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("param")]
        public string? Param { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("type")]
        public string? Type { get; set; }
    }
    public class AirforceErrorResponse
    {
        public AirforceErrorResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public string? Code { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("detail")]
        public object? Detail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public object? Error { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("message")]
        public string? Message { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Airforce.AirforceFluxAspectRatio>))]
    public readonly struct AirforceFluxAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Airforce.AirforceFluxAspectRatio>, System.IEquatable<ImageApis.Airforce.AirforceFluxAspectRatio>
    {
        public AirforceFluxAspectRatio(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Airforce.AirforceFluxAspectRatio> Documented { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio16x9 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio1x1 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio21x9 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio3x4 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio4x3 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio9x16 { get; }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Ratio9x21 { get; }
        public bool Equals(ImageApis.Airforce.AirforceFluxAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Airforce.AirforceFluxAspectRatio Create(string value) { }
        public static ImageApis.Airforce.AirforceFluxAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Airforce.AirforceFluxAspectRatio left, ImageApis.Airforce.AirforceFluxAspectRatio right) { }
        public static bool operator ==(ImageApis.Airforce.AirforceFluxAspectRatio left, ImageApis.Airforce.AirforceFluxAspectRatio right) { }
    }
    public sealed class AirforceFluxParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Airforce.AirforceImageRequest>
    {
        public const string FamilyName = "AirforceFlux";
        public AirforceFluxParameters() { }
        public ImageApis.Airforce.AirforceFluxAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public System.Collections.Generic.IList<string>? ImageUrls { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Airforce.AirforceImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public class AirforceImageRequest
    {
        public AirforceImageRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("aspect_ratio")]
        public string? AspectRatio { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_images")]
        public System.Collections.Generic.IList<ImageApis.Airforce.InputImage>? InputImages { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("n")]
        public int? N { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("quality")]
        public string? Quality { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("response_format")]
        public ImageApis.Airforce.ResponseFormat? ResponseFormat { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("seed")]
        public long? Seed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public string? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("sse")]
        public bool? Sse { get; set; }
    }
    public static class AirforceModels
    {
        public const string Flux2Dev = "flux-2-dev";
        public const string Flux2Klein4b = "flux-2-klein-4b";
        public const string Flux2Klein9b = "flux-2-klein-9b";
        public const string NanoBanana2 = "nano-banana-2";
        public const string NanoBanana2Search = "nano-banana-2-search";
        public const string NanoBananaPro = "nano-banana-pro";
        public const string SunoV4_5 = "suno-v4.5";
        public const string SunoV5 = "suno-v5";
        public static System.Collections.Generic.IReadOnlyList<string> All { get; }
    }
    public class AirforceProtocolClient : ImageApis.ProviderClientBase, ImageApis.Airforce.IAirforceProtocolClient
    {
        public AirforceProtocolClient(System.Net.Http.HttpClient httpClient) { }
        protected System.Text.Json.JsonSerializerOptions JsonSerializerSettings { get; }
        public bool ReadResponseAsString { get; set; }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Airforce.ImagesResponse>> CreateImageAsync(ImageApis.Airforce.AirforceImageRequest body, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Airforce.ModelList>> ListModelsAsync(System.Threading.CancellationToken cancellationToken = default) { }
        protected virtual System.Threading.Tasks.Task<ImageApis.Airforce.AirforceProtocolClient.ObjectResponseResult<T>> ReadObjectResponseAsync<T>(System.Net.Http.HttpResponseMessage response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Threading.CancellationToken cancellationToken) { }
        protected readonly struct ObjectResponseResult<T>
        {
            public ObjectResponseResult(T responseObject, string responseText) { }
            public T Object { get; }
            public string Text { get; }
        }
    }
    public sealed class AirforceUnexpectedResponseException : ImageApis.UnexpectedResponseException
    {
        public AirforceUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Exception? innerException) { }
    }
    public sealed class AirforceUnexpectedResponseException<TResult> : ImageApis.UnexpectedResponseException<TResult>
    {
        public AirforceUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result, System.Exception? innerException) { }
    }
    public interface IAirforceProtocolClient
    {
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Airforce.ImagesResponse>> CreateImageAsync(ImageApis.Airforce.AirforceImageRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Airforce.ModelList>> ListModelsAsync(System.Threading.CancellationToken cancellationToken = default);
    }
    public class ImageCaps
    {
        public ImageCaps() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("aspect_ratios")]
        public System.Collections.Generic.IList<string>? AspectRatios { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("max_input_images")]
        public int? MaxInputImages { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("max_n")]
        public int? MaxN { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("price_per_image_cents")]
        public double? PricePerImageCents { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("qualities")]
        public System.Collections.Generic.IList<string>? Qualities { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("sizes")]
        public System.Collections.Generic.IList<string>? Sizes { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_seed")]
        public bool? SupportsSeed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_url_input")]
        public bool? SupportsUrlInput { get; set; }
    }
    public class ImageData
    {
        public ImageData() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("b64_json")]
        public System.ReadOnlyMemory<byte>? B64Json { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("revised_prompt")]
        public string? RevisedPrompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public string? Url { get; set; }
    }
    public class ImagesResponse
    {
        public ImagesResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("created")]
        public long? Created { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("data")]
        public System.Collections.Generic.IList<ImageApis.Airforce.ImageData>? Data { get; set; }
    }
    public class InputImage
    {
        public InputImage() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("b64_json")]
        public byte[]? B64Json { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public System.Uri? Url { get; set; }
    }
    public class Model
    {
        public Model() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("catalog_id")]
        public string? CatalogId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("context_length")]
        public long? ContextLength { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("created")]
        public long? Created { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string? Id { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("image_caps")]
        public ImageApis.Airforce.ImageCaps? ImageCaps { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_modalities")]
        public System.Collections.Generic.IList<string>? InputModalities { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("max_output_tokens")]
        public long? MaxOutputTokens { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("media_type")]
        public string? MediaType { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("multiplier")]
        public double? Multiplier { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("object")]
        public string? Object { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("output_modalities")]
        public System.Collections.Generic.IList<string>? OutputModalities { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("owned_by")]
        public string? OwnedBy { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("pricepermilliontokens")]
        public double? Pricepermilliontokens { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("status")]
        public string? Status { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_chat")]
        public bool? SupportsChat { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_images")]
        public bool? SupportsImages { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_reasoning")]
        public bool? SupportsReasoning { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_streaming")]
        public bool? SupportsStreaming { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_tools")]
        public bool? SupportsTools { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("supports_vision")]
        public bool? SupportsVision { get; set; }
    }
    public class ModelList
    {
        public ModelList() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("data")]
        public System.Collections.Generic.IList<ImageApis.Airforce.Model>? Data { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("object")]
        public string? Object { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Airforce.NanoBananaAspectRatio>))]
    public readonly struct NanoBananaAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Airforce.NanoBananaAspectRatio>, System.IEquatable<ImageApis.Airforce.NanoBananaAspectRatio>
    {
        public NanoBananaAspectRatio(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Airforce.NanoBananaAspectRatio> Documented { get; }
        public static ImageApis.Airforce.NanoBananaAspectRatio Ratio16x9 { get; }
        public static ImageApis.Airforce.NanoBananaAspectRatio Ratio1x1 { get; }
        public static ImageApis.Airforce.NanoBananaAspectRatio Ratio4x3 { get; }
        public static ImageApis.Airforce.NanoBananaAspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Airforce.NanoBananaAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Airforce.NanoBananaAspectRatio Create(string value) { }
        public static ImageApis.Airforce.NanoBananaAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Airforce.NanoBananaAspectRatio left, ImageApis.Airforce.NanoBananaAspectRatio right) { }
        public static bool operator ==(ImageApis.Airforce.NanoBananaAspectRatio left, ImageApis.Airforce.NanoBananaAspectRatio right) { }
    }
    public sealed class NanoBananaParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Airforce.AirforceImageRequest>
    {
        public const string FamilyName = "NanoBanana";
        public NanoBananaParameters() { }
        public ImageApis.Airforce.NanoBananaAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public System.Collections.Generic.IList<string>? ImageUrls { get; set; }
        public ImageApis.Airforce.NanoBananaResolution? Resolution { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Airforce.AirforceImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Airforce.NanoBananaResolution>))]
    public readonly struct NanoBananaResolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Airforce.NanoBananaResolution>, System.IEquatable<ImageApis.Airforce.NanoBananaResolution>
    {
        public NanoBananaResolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Airforce.NanoBananaResolution> Documented { get; }
        public static ImageApis.Airforce.NanoBananaResolution Resolution1024 { get; }
        public static ImageApis.Airforce.NanoBananaResolution Resolution2048 { get; }
        public static ImageApis.Airforce.NanoBananaResolution Resolution512 { get; }
        public bool Equals(ImageApis.Airforce.NanoBananaResolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Airforce.NanoBananaResolution Create(string value) { }
        public static ImageApis.Airforce.NanoBananaResolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Airforce.NanoBananaResolution left, ImageApis.Airforce.NanoBananaResolution right) { }
        public static bool operator ==(ImageApis.Airforce.NanoBananaResolution left, ImageApis.Airforce.NanoBananaResolution right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Airforce.ResponseFormat>))]
    public readonly struct ResponseFormat : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Airforce.ResponseFormat>, System.IEquatable<ImageApis.Airforce.ResponseFormat>
    {
        public ResponseFormat(string value) { }
        public string Value { get; }
        public static ImageApis.Airforce.ResponseFormat B64Json { get; }
        public static ImageApis.Airforce.ResponseFormat Url { get; }
        public bool Equals(ImageApis.Airforce.ResponseFormat other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Airforce.ResponseFormat Create(string value) { }
        public static ImageApis.Airforce.ResponseFormat op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Airforce.ResponseFormat left, ImageApis.Airforce.ResponseFormat right) { }
        public static bool operator ==(ImageApis.Airforce.ResponseFormat left, ImageApis.Airforce.ResponseFormat right) { }
    }
    public sealed class SunoParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Airforce.AirforceImageRequest>
    {
        public const string FamilyName = "Suno";
        public SunoParameters() { }
        public bool? Custom { get; set; }
        public string Family { get; }
        public bool? Instrumental { get; set; }
        public string? Style { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Airforce.AirforceImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
}
namespace ImageApis.OpenGpu
{
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.AspectRatio>))]
    public readonly struct AspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.AspectRatio>, System.IEquatable<ImageApis.OpenGpu.AspectRatio>
    {
        public AspectRatio(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio16x9 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio1x1 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio21x9 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio2x3 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio3x2 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio3x4 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio4x3 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio4x5 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio5x4 { get; }
        public static ImageApis.OpenGpu.AspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.OpenGpu.AspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.AspectRatio Create(string value) { }
        public static ImageApis.OpenGpu.AspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.AspectRatio left, ImageApis.OpenGpu.AspectRatio right) { }
        public static bool operator ==(ImageApis.OpenGpu.AspectRatio left, ImageApis.OpenGpu.AspectRatio right) { }
    }
    public class FluxGenerateRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public FluxGenerateRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("height")]
        public int? Height { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_image")]
        public byte[]? InputImage { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_image_2")]
        public byte[]? InputImage2 { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_image_3")]
        public byte[]? InputImage3 { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("input_image_4")]
        public byte[]? InputImage4 { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("output_format")]
        public ImageApis.OpenGpu.OutputFormat? OutputFormat { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("safety_tolerance")]
        public int? SafetyTolerance { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("seed")]
        public long? Seed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("width")]
        public int? Width { get; set; }
    }
    public class GeminiGenerateRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public GeminiGenerateRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("aspect_ratio")]
        public ImageApis.OpenGpu.AspectRatio? AspectRatio { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("image")]
        public byte[]? Image { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("image_size")]
        public ImageApis.OpenGpu.ImageSize? ImageSize { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("images")]
        public System.Collections.Generic.IList<byte[]>? Images { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
    }
    public sealed class GeminiParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.GeminiGenerateRequest>
    {
        public const string FamilyName = "Gemini";
        public GeminiParameters() { }
        public ImageApis.OpenGpu.AspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public byte[]? Image { get; set; }
        public ImageApis.OpenGpu.ImageSize? ImageSize { get; set; }
        public System.Collections.Generic.IList<byte[]>? Images { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.GeminiGenerateRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public sealed class GptImageEditParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.GptImageEditRequest>
    {
        public const string FamilyName = "GptImageEdit";
        public GptImageEditParameters() { }
        public string Family { get; }
        public byte[]? Image { get; set; }
        public byte[]? Mask { get; set; }
        public int? N { get; set; }
        public ImageApis.OpenGpu.GptImageQuality? Quality { get; set; }
        public ImageApis.OpenGpu.GptImageSize? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.GptImageEditRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public class GptImageEditRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public GptImageEditRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("image")]
        public byte[] Image { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mask")]
        public byte[]? Mask { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("n")]
        public int? N { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("quality")]
        public ImageApis.OpenGpu.GptImageQuality? Quality { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public ImageApis.OpenGpu.GptImageSize? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
    }
    public class GptImageGenerateRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public GptImageGenerateRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("n")]
        public int? N { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("quality")]
        public ImageApis.OpenGpu.GptImageQuality? Quality { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public ImageApis.OpenGpu.GptImageSize? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
    }
    public sealed class GptImageParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.GptImageGenerateRequest>
    {
        public const string FamilyName = "GptImage";
        public GptImageParameters() { }
        public string Family { get; }
        public int? N { get; set; }
        public ImageApis.OpenGpu.GptImageQuality? Quality { get; set; }
        public ImageApis.OpenGpu.GptImageSize? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.GptImageGenerateRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.GptImageQuality>))]
    public readonly struct GptImageQuality : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.GptImageQuality>, System.IEquatable<ImageApis.OpenGpu.GptImageQuality>
    {
        public GptImageQuality(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.GptImageQuality Auto { get; }
        public static ImageApis.OpenGpu.GptImageQuality High { get; }
        public static ImageApis.OpenGpu.GptImageQuality Low { get; }
        public static ImageApis.OpenGpu.GptImageQuality Medium { get; }
        public bool Equals(ImageApis.OpenGpu.GptImageQuality other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.GptImageQuality Create(string value) { }
        public static ImageApis.OpenGpu.GptImageQuality op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.GptImageQuality left, ImageApis.OpenGpu.GptImageQuality right) { }
        public static bool operator ==(ImageApis.OpenGpu.GptImageQuality left, ImageApis.OpenGpu.GptImageQuality right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.GptImageSize>))]
    public readonly struct GptImageSize : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.GptImageSize>, System.IEquatable<ImageApis.OpenGpu.GptImageSize>
    {
        public GptImageSize(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.GptImageSize Auto { get; }
        public static ImageApis.OpenGpu.GptImageSize Size1024x1024 { get; }
        public static ImageApis.OpenGpu.GptImageSize Size1024x1536 { get; }
        public static ImageApis.OpenGpu.GptImageSize Size1536x1024 { get; }
        public bool Equals(ImageApis.OpenGpu.GptImageSize other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.GptImageSize Create(string value) { }
        public static ImageApis.OpenGpu.GptImageSize op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.GptImageSize left, ImageApis.OpenGpu.GptImageSize right) { }
        public static bool operator ==(ImageApis.OpenGpu.GptImageSize left, ImageApis.OpenGpu.GptImageSize right) { }
    }
    public interface IOpenGpuImageRequest
    {
        System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        bool? Async { get; set; }
        ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        string OperationId { get; }
        string Prompt { get; set; }
        string? RequestedModel { get; }
        ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        System.Uri? WebhookUrl { get; set; }
    }
    public interface IOpenGpuProtocolClient
    {
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> FluxGenerateAsync(ImageApis.OpenGpu.FluxGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GeminiGenerateAsync(ImageApis.OpenGpu.GeminiGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.TaskRecord>> GetTaskAsync(string task_address, int? wait = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GptImageEditAsync(ImageApis.OpenGpu.GptImageEditRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GptImageGenerateAsync(ImageApis.OpenGpu.GptImageGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> QwenEditAsync(ImageApis.OpenGpu.QwenEditRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> QwenGenerateAsync(ImageApis.OpenGpu.QwenGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> SdTxt2ImgAsync(ImageApis.OpenGpu.StableDiffusionRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public class ImageResponse
    {
        public ImageResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("finish_reason")]
        public string? FinishReason { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("height")]
        public int? Height { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("images")]
        public System.Collections.Generic.IList<string>? Images { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string? Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("poll_url")]
        public string? PollUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public string? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("status")]
        public ImageApis.OpenGpu.TaskState? Status { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("success")]
        public bool? Success { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_address")]
        public string? TaskAddress { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_id")]
        public string? TaskId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("urls")]
        public System.Collections.Generic.IList<string>? Urls { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("width")]
        public int? Width { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.ImageSize>))]
    public readonly struct ImageSize : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.ImageSize>, System.IEquatable<ImageApis.OpenGpu.ImageSize>
    {
        public ImageSize(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.ImageSize Size1K { get; }
        public static ImageApis.OpenGpu.ImageSize Size2K { get; }
        public static ImageApis.OpenGpu.ImageSize Size4K { get; }
        public bool Equals(ImageApis.OpenGpu.ImageSize other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.ImageSize Create(string value) { }
        public static ImageApis.OpenGpu.ImageSize op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.ImageSize left, ImageApis.OpenGpu.ImageSize right) { }
        public static bool operator ==(ImageApis.OpenGpu.ImageSize left, ImageApis.OpenGpu.ImageSize right) { }
    }
    public static class OpenGpuCapabilities
    {
        public const string ProviderName = "OpenGPU Relay";
        public static ImageApis.Validation.OperationCapabilities FluxGenerate { get; }
        public static ImageApis.Validation.OperationCapabilities GeminiGenerate { get; }
        public static ImageApis.Validation.OperationCapabilities GptImageEdit { get; }
        public static ImageApis.Validation.OperationCapabilities GptImageGenerate { get; }
        public static ImageApis.Validation.OperationCapabilities QwenEdit { get; }
        public static ImageApis.Validation.OperationCapabilities QwenGenerate { get; }
        public static ImageApis.Validation.OperationCapabilities SdTxt2Img { get; }
        public static ImageApis.Validation.CapabilityCatalog Spec { get; }
        public static ImageApis.IParameterBag? CreateParameters(string model) { }
    }
    public class OpenGpuErrorResponse
    {
        public OpenGpuErrorResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("detail")]
        public object? Detail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public ImageApis.OpenGpu.RelayError? Error { get; set; }
    }
    public sealed class OpenGpuFluxParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.FluxGenerateRequest>
    {
        public const string FamilyName = "OpenGpuFlux";
        public OpenGpuFluxParameters() { }
        public string Family { get; }
        public int? Height { get; set; }
        public byte[]? InputImage { get; set; }
        public byte[]? InputImage2 { get; set; }
        public byte[]? InputImage3 { get; set; }
        public byte[]? InputImage4 { get; set; }
        public ImageApis.OpenGpu.OutputFormat? OutputFormat { get; set; }
        public int? SafetyTolerance { get; set; }
        public long? Seed { get; set; }
        public int? Width { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.FluxGenerateRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public static class OpenGpuModels
    {
        public const string Flux2Pro = "black-forest-labs/FLUX-2-pro";
        public const string Gemini3ProT2I = "google/gemini-3-pro-T2I";
        public const string GptImage1_5I2I = "openai/gpt-image-1.5-I2I";
        public const string GptImage1_5T2I = "openai/gpt-image-1.5-T2I";
        public const string IllustriousRealismV10 = "illustriousRealismBy_v10VAE.safetensors";
        public const string QwenImage = "Qwen/qwen-image";
        public const string QwenImageEdit = "Qwen/qwen-image-edit";
        public const string RealisticVisionV5_1 = "Realistic_Vision_V5.1.safetensors";
        public const string StableDiffusionV1_5 = "stable-diffusion-v1-5-pruned.safetensors";
        public static System.Collections.Generic.IReadOnlyList<string> All { get; }
    }
    public class OpenGpuProtocolClient : ImageApis.ProviderClientBase, ImageApis.OpenGpu.IOpenGpuProtocolClient
    {
        public OpenGpuProtocolClient(System.Net.Http.HttpClient httpClient) { }
        protected System.Text.Json.JsonSerializerOptions JsonSerializerSettings { get; }
        public bool ReadResponseAsString { get; set; }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> FluxGenerateAsync(ImageApis.OpenGpu.FluxGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GeminiGenerateAsync(ImageApis.OpenGpu.GeminiGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.TaskRecord>> GetTaskAsync(string task_address, int? wait = default, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GptImageEditAsync(ImageApis.OpenGpu.GptImageEditRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> GptImageGenerateAsync(ImageApis.OpenGpu.GptImageGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> QwenEditAsync(ImageApis.OpenGpu.QwenEditRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> QwenGenerateAsync(ImageApis.OpenGpu.QwenGenerateRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        protected virtual System.Threading.Tasks.Task<ImageApis.OpenGpu.OpenGpuProtocolClient.ObjectResponseResult<T>> ReadObjectResponseAsync<T>(System.Net.Http.HttpResponseMessage response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Threading.CancellationToken cancellationToken) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.OpenGpu.ImageResponse>> SdTxt2ImgAsync(ImageApis.OpenGpu.StableDiffusionRequest body, string? idempotency_Key = null, System.Threading.CancellationToken cancellationToken = default) { }
        protected readonly struct ObjectResponseResult<T>
        {
            public ObjectResponseResult(T responseObject, string responseText) { }
            public T Object { get; }
            public string Text { get; }
        }
    }
    public sealed class OpenGpuUnexpectedResponseException : ImageApis.UnexpectedResponseException
    {
        public OpenGpuUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Exception? innerException) { }
    }
    public sealed class OpenGpuUnexpectedResponseException<TResult> : ImageApis.UnexpectedResponseException<TResult>
    {
        public OpenGpuUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result, System.Exception? innerException) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.OutputFormat>))]
    public readonly struct OutputFormat : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.OutputFormat>, System.IEquatable<ImageApis.OpenGpu.OutputFormat>
    {
        public OutputFormat(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.OutputFormat Jpeg { get; }
        public static ImageApis.OpenGpu.OutputFormat Png { get; }
        public bool Equals(ImageApis.OpenGpu.OutputFormat other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.OutputFormat Create(string value) { }
        public static ImageApis.OpenGpu.OutputFormat op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.OutputFormat left, ImageApis.OpenGpu.OutputFormat right) { }
        public static bool operator ==(ImageApis.OpenGpu.OutputFormat left, ImageApis.OpenGpu.OutputFormat right) { }
    }
    public sealed class QwenEditParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.QwenEditRequest>
    {
        public const string FamilyName = "QwenEdit";
        public QwenEditParameters() { }
        public string Family { get; }
        public string? Image { get; set; }
        public long? Seed { get; set; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.QwenEditRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public class QwenEditRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public QwenEditRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("image")]
        public string Image { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("seed")]
        public long? Seed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public string? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
    }
    public class QwenGenerateRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public QwenGenerateRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("seed")]
        public long? Seed { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("size")]
        public string? Size { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
    }
    public sealed class QwenParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.QwenGenerateRequest>
    {
        public const string FamilyName = "Qwen";
        public QwenParameters() { }
        public string Family { get; }
        public long? Seed { get; set; }
        public string? Size { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.QwenGenerateRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public class RelayError
    {
        public RelayError() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public string? Code { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("detail")]
        public object? Detail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("message")]
        public string? Message { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("request_id")]
        public string? RequestId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("source")]
        public string? Source { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("type")]
        public string? Type { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.RelayMode>))]
    public readonly struct RelayMode : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.RelayMode>, System.IEquatable<ImageApis.OpenGpu.RelayMode>
    {
        public RelayMode(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.RelayMode Auto { get; }
        public static ImageApis.OpenGpu.RelayMode Direct { get; }
        public static ImageApis.OpenGpu.RelayMode OpenGpu { get; }
        public bool Equals(ImageApis.OpenGpu.RelayMode other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.RelayMode Create(string value) { }
        public static ImageApis.OpenGpu.RelayMode op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.RelayMode left, ImageApis.OpenGpu.RelayMode right) { }
        public static bool operator ==(ImageApis.OpenGpu.RelayMode left, ImageApis.OpenGpu.RelayMode right) { }
    }
    public sealed class StableDiffusionParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.OpenGpu.StableDiffusionRequest>
    {
        public const string FamilyName = "StableDiffusion";
        public StableDiffusionParameters() { }
        public double? CfgScale { get; set; }
        public string Family { get; }
        public int? Height { get; set; }
        public string? NegativePrompt { get; set; }
        public int? Steps { get; set; }
        public int? Width { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.OpenGpu.StableDiffusionRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    public class StableDiffusionRequest : ImageApis.OpenGpu.IOpenGpuImageRequest
    {
        public StableDiffusionRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("async")]
        public bool? Async { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("cfg_scale")]
        public double? CfgScale { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("height")]
        public int? Height { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string? Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("negative_prompt")]
        public string? NegativePrompt { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("steps")]
        public int? Steps { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("store_output")]
        public ImageApis.OpenGpu.StoreOutput? StoreOutput { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("webhook_url")]
        public System.Uri? WebhookUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("width")]
        public int? Width { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.StoreOutput>))]
    public readonly struct StoreOutput : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.StoreOutput>, System.IEquatable<ImageApis.OpenGpu.StoreOutput>
    {
        public StoreOutput(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.StoreOutput Provider { get; }
        public static ImageApis.OpenGpu.StoreOutput Relay1d { get; }
        public static ImageApis.OpenGpu.StoreOutput Relay30d { get; }
        public static ImageApis.OpenGpu.StoreOutput Relay7d { get; }
        public bool Equals(ImageApis.OpenGpu.StoreOutput other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.StoreOutput Create(string value) { }
        public static ImageApis.OpenGpu.StoreOutput op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.StoreOutput left, ImageApis.OpenGpu.StoreOutput right) { }
        public static bool operator ==(ImageApis.OpenGpu.StoreOutput left, ImageApis.OpenGpu.StoreOutput right) { }
    }
    public class TaskRecord
    {
        public TaskRecord() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("created_at")]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("elapsed_seconds")]
        public double? ElapsedSeconds { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public string? Error { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error_code")]
        public string? ErrorCode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error_detail")]
        public object? ErrorDetail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string? Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("poll_url")]
        public string? PollUrl { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("result")]
        public ImageApis.OpenGpu.ImageResponse? Result { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("status")]
        public ImageApis.OpenGpu.TaskState? Status { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_address")]
        public string? TaskAddress { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_id")]
        public string? TaskId { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.TaskState>))]
    public readonly struct TaskState : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.TaskState>, System.IEquatable<ImageApis.OpenGpu.TaskState>
    {
        public TaskState(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.TaskState Completed { get; }
        public static ImageApis.OpenGpu.TaskState Failed { get; }
        public static ImageApis.OpenGpu.TaskState Queued { get; }
        public static ImageApis.OpenGpu.TaskState Running { get; }
        public bool Equals(ImageApis.OpenGpu.TaskState other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.TaskState Create(string value) { }
        public static ImageApis.OpenGpu.TaskState op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.TaskState left, ImageApis.OpenGpu.TaskState right) { }
        public static bool operator ==(ImageApis.OpenGpu.TaskState left, ImageApis.OpenGpu.TaskState right) { }
    }
    public class TaskWebhookEvent
    {
        public TaskWebhookEvent() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("created_at")]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("elapsed_seconds")]
        public double? ElapsedSeconds { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public string? Error { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error_code")]
        public string? ErrorCode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error_detail")]
        public object? ErrorDetail { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("event")]
        public ImageApis.OpenGpu.WebhookEventType? Event { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mode")]
        public ImageApis.OpenGpu.RelayMode? Mode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string? Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("result")]
        public ImageApis.OpenGpu.ImageResponse? Result { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("result_omitted")]
        public bool? ResultOmitted { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("status")]
        public ImageApis.OpenGpu.TaskState? Status { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_address")]
        public string? TaskAddress { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("task_id")]
        public string? TaskId { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.OpenGpu.WebhookEventType>))]
    public readonly struct WebhookEventType : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.OpenGpu.WebhookEventType>, System.IEquatable<ImageApis.OpenGpu.WebhookEventType>
    {
        public WebhookEventType(string value) { }
        public string Value { get; }
        public static ImageApis.OpenGpu.WebhookEventType TaskCompleted { get; }
        public static ImageApis.OpenGpu.WebhookEventType TaskFailed { get; }
        public bool Equals(ImageApis.OpenGpu.WebhookEventType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.OpenGpu.WebhookEventType Create(string value) { }
        public static ImageApis.OpenGpu.WebhookEventType op_Implicit(string value) { }
        public static bool operator !=(ImageApis.OpenGpu.WebhookEventType left, ImageApis.OpenGpu.WebhookEventType right) { }
        public static bool operator ==(ImageApis.OpenGpu.WebhookEventType left, ImageApis.OpenGpu.WebhookEventType right) { }
    }
}
namespace ImageApis.Wonda
{
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.BirefnetBgRemovalModel>))]
    public readonly struct BirefnetBgRemovalModel : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.BirefnetBgRemovalModel>, System.IEquatable<ImageApis.Wonda.BirefnetBgRemovalModel>
    {
        public BirefnetBgRemovalModel(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.BirefnetBgRemovalModel> Documented { get; }
        public static ImageApis.Wonda.BirefnetBgRemovalModel GeneralFast { get; }
        public static ImageApis.Wonda.BirefnetBgRemovalModel GeneralPremium { get; }
        public static ImageApis.Wonda.BirefnetBgRemovalModel Portrait { get; }
        public bool Equals(ImageApis.Wonda.BirefnetBgRemovalModel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.BirefnetBgRemovalModel Create(string value) { }
        public static ImageApis.Wonda.BirefnetBgRemovalModel op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.BirefnetBgRemovalModel left, ImageApis.Wonda.BirefnetBgRemovalModel right) { }
        public static bool operator ==(ImageApis.Wonda.BirefnetBgRemovalModel left, ImageApis.Wonda.BirefnetBgRemovalModel right) { }
    }
    public sealed class BirefnetParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "Birefnet";
        public BirefnetParameters() { }
        public ImageApis.Wonda.BirefnetBgRemovalModel? BgRemovalModel { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.BirefnetQuality? Quality { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.BirefnetQuality>))]
    public readonly struct BirefnetQuality : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.BirefnetQuality>, System.IEquatable<ImageApis.Wonda.BirefnetQuality>
    {
        public BirefnetQuality(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.BirefnetQuality> Documented { get; }
        public static ImageApis.Wonda.BirefnetQuality High { get; }
        public static ImageApis.Wonda.BirefnetQuality Low { get; }
        public bool Equals(ImageApis.Wonda.BirefnetQuality other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.BirefnetQuality Create(string value) { }
        public static ImageApis.Wonda.BirefnetQuality op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.BirefnetQuality left, ImageApis.Wonda.BirefnetQuality right) { }
        public static bool operator ==(ImageApis.Wonda.BirefnetQuality left, ImageApis.Wonda.BirefnetQuality right) { }
    }
    public class FileParameter
    {
        public FileParameter(System.IO.Stream data) { }
        public FileParameter(System.IO.Stream data, string? fileName) { }
        public FileParameter(System.IO.Stream data, string? fileName, string? contentType) { }
        public string? ContentType { get; }
        public System.IO.Stream Data { get; }
        public string? FileName { get; }
    }
    public class GenerationJobCreated
    {
        public GenerationJobCreated() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("inferenceJobId")]
        public string InferenceJobId { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GptImage15AspectRatio>))]
    public readonly struct GptImage15AspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GptImage15AspectRatio>, System.IEquatable<ImageApis.Wonda.GptImage15AspectRatio>
    {
        public GptImage15AspectRatio(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GptImage15AspectRatio> Documented { get; }
        public static ImageApis.Wonda.GptImage15AspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.GptImage15AspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.GptImage15AspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.GptImage15AspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GptImage15AspectRatio Create(string value) { }
        public static ImageApis.Wonda.GptImage15AspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GptImage15AspectRatio left, ImageApis.Wonda.GptImage15AspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.GptImage15AspectRatio left, ImageApis.Wonda.GptImage15AspectRatio right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GptImage15Background>))]
    public readonly struct GptImage15Background : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GptImage15Background>, System.IEquatable<ImageApis.Wonda.GptImage15Background>
    {
        public GptImage15Background(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.GptImage15Background Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GptImage15Background> Documented { get; }
        public static ImageApis.Wonda.GptImage15Background Opaque { get; }
        public static ImageApis.Wonda.GptImage15Background Transparent { get; }
        public bool Equals(ImageApis.Wonda.GptImage15Background other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GptImage15Background Create(string value) { }
        public static ImageApis.Wonda.GptImage15Background op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GptImage15Background left, ImageApis.Wonda.GptImage15Background right) { }
        public static bool operator ==(ImageApis.Wonda.GptImage15Background left, ImageApis.Wonda.GptImage15Background right) { }
    }
    public sealed class GptImage15Parameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "GptImage15";
        public GptImage15Parameters() { }
        public ImageApis.Wonda.GptImage15AspectRatio? AspectRatio { get; set; }
        public ImageApis.Wonda.GptImage15Background? Background { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.GptImage15Quality? Quality { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GptImage15Quality>))]
    public readonly struct GptImage15Quality : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GptImage15Quality>, System.IEquatable<ImageApis.Wonda.GptImage15Quality>
    {
        public GptImage15Quality(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.GptImage15Quality Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GptImage15Quality> Documented { get; }
        public static ImageApis.Wonda.GptImage15Quality High { get; }
        public static ImageApis.Wonda.GptImage15Quality Low { get; }
        public static ImageApis.Wonda.GptImage15Quality Medium { get; }
        public bool Equals(ImageApis.Wonda.GptImage15Quality other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GptImage15Quality Create(string value) { }
        public static ImageApis.Wonda.GptImage15Quality op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GptImage15Quality left, ImageApis.Wonda.GptImage15Quality right) { }
        public static bool operator ==(ImageApis.Wonda.GptImage15Quality left, ImageApis.Wonda.GptImage15Quality right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GrokImagineAspectRatio>))]
    public readonly struct GrokImagineAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GrokImagineAspectRatio>, System.IEquatable<ImageApis.Wonda.GrokImagineAspectRatio>
    {
        public GrokImagineAspectRatio(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GrokImagineAspectRatio> Documented { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio1x2 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio2x1 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.GrokImagineAspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.GrokImagineAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GrokImagineAspectRatio Create(string value) { }
        public static ImageApis.Wonda.GrokImagineAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GrokImagineAspectRatio left, ImageApis.Wonda.GrokImagineAspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.GrokImagineAspectRatio left, ImageApis.Wonda.GrokImagineAspectRatio right) { }
    }
    public sealed class GrokImagineParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "GrokImagine";
        public GrokImagineParameters() { }
        public ImageApis.Wonda.GrokImagineAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.GrokImagineResolution? Resolution { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GrokImagineProAspectRatio>))]
    public readonly struct GrokImagineProAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GrokImagineProAspectRatio>, System.IEquatable<ImageApis.Wonda.GrokImagineProAspectRatio>
    {
        public GrokImagineProAspectRatio(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GrokImagineProAspectRatio> Documented { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio1x2 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio2x1 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.GrokImagineProAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GrokImagineProAspectRatio Create(string value) { }
        public static ImageApis.Wonda.GrokImagineProAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GrokImagineProAspectRatio left, ImageApis.Wonda.GrokImagineProAspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.GrokImagineProAspectRatio left, ImageApis.Wonda.GrokImagineProAspectRatio right) { }
    }
    public sealed class GrokImagineProParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "GrokImaginePro";
        public GrokImagineProParameters() { }
        public ImageApis.Wonda.GrokImagineProAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.GrokImagineProResolution? Resolution { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GrokImagineProResolution>))]
    public readonly struct GrokImagineProResolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GrokImagineProResolution>, System.IEquatable<ImageApis.Wonda.GrokImagineProResolution>
    {
        public GrokImagineProResolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GrokImagineProResolution> Documented { get; }
        public static ImageApis.Wonda.GrokImagineProResolution Resolution1k { get; }
        public static ImageApis.Wonda.GrokImagineProResolution Resolution2k { get; }
        public bool Equals(ImageApis.Wonda.GrokImagineProResolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GrokImagineProResolution Create(string value) { }
        public static ImageApis.Wonda.GrokImagineProResolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GrokImagineProResolution left, ImageApis.Wonda.GrokImagineProResolution right) { }
        public static bool operator ==(ImageApis.Wonda.GrokImagineProResolution left, ImageApis.Wonda.GrokImagineProResolution right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.GrokImagineResolution>))]
    public readonly struct GrokImagineResolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.GrokImagineResolution>, System.IEquatable<ImageApis.Wonda.GrokImagineResolution>
    {
        public GrokImagineResolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.GrokImagineResolution> Documented { get; }
        public static ImageApis.Wonda.GrokImagineResolution Resolution1k { get; }
        public static ImageApis.Wonda.GrokImagineResolution Resolution2k { get; }
        public bool Equals(ImageApis.Wonda.GrokImagineResolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.GrokImagineResolution Create(string value) { }
        public static ImageApis.Wonda.GrokImagineResolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.GrokImagineResolution left, ImageApis.Wonda.GrokImagineResolution right) { }
        public static bool operator ==(ImageApis.Wonda.GrokImagineResolution left, ImageApis.Wonda.GrokImagineResolution right) { }
    }
    public interface IWondaProtocolClient
    {
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.GenerationJobCreated>> GenerateImageAsync(ImageApis.Wonda.WondaImageRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.InferenceJob>> GetInferenceJobAsync(string inferenceJobId, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.Media>> GetMediaAsync(string mediaId, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.MediaUploadResponse>> UploadMediaAsync(ImageApis.Wonda.FileParameter file = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public class InferenceJob
    {
        public InferenceJob() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("attachments")]
        public System.Collections.Generic.IList<object>? Attachments { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("createdAt")]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("errorCode")]
        public string? ErrorCode { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("errorMessage")]
        public string? ErrorMessage { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("finishedAt")]
        public System.DateTimeOffset? FinishedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("inferenceJobId")]
        public string? InferenceJobId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("infoMessage")]
        public string? InfoMessage { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string? Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("outputs")]
        public System.Collections.Generic.IList<ImageApis.Wonda.InferenceJobOutput>? Outputs { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("params")]
        public System.Collections.Generic.IDictionary<string, object>? Params { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string? Prompt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("provider")]
        public string? Provider { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("status")]
        public ImageApis.Wonda.InferenceJobStatus? Status { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("type")]
        public string? Type { get; set; }
    }
    public class InferenceJobOutput
    {
        public InferenceJobOutput() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("createdAt")]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("inferenceJobOutputId")]
        public string? InferenceJobOutputId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("media")]
        public ImageApis.Wonda.Media? Media { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("outputKey")]
        public string? OutputKey { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("outputValue")]
        public string? OutputValue { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.InferenceJobStatus>))]
    public readonly struct InferenceJobStatus : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.InferenceJobStatus>, System.IEquatable<ImageApis.Wonda.InferenceJobStatus>
    {
        public InferenceJobStatus(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.InferenceJobStatus Canceled { get; }
        public static ImageApis.Wonda.InferenceJobStatus Failed { get; }
        public static ImageApis.Wonda.InferenceJobStatus Idle { get; }
        public static ImageApis.Wonda.InferenceJobStatus InProgress { get; }
        public static ImageApis.Wonda.InferenceJobStatus Locked { get; }
        public static ImageApis.Wonda.InferenceJobStatus Succeeded { get; }
        public bool Equals(ImageApis.Wonda.InferenceJobStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.InferenceJobStatus Create(string value) { }
        public static ImageApis.Wonda.InferenceJobStatus op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.InferenceJobStatus left, ImageApis.Wonda.InferenceJobStatus right) { }
        public static bool operator ==(ImageApis.Wonda.InferenceJobStatus left, ImageApis.Wonda.InferenceJobStatus right) { }
    }
    public class Media
    {
        public Media() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("durationMs")]
        public long? DurationMs { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("fps")]
        public double? Fps { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("height")]
        public int? Height { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mediaId")]
        public string? MediaId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mimeType")]
        public string? MimeType { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public string? Url { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("width")]
        public int? Width { get; set; }
    }
    public class MediaUploadRequest
    {
        public MediaUploadRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("file")]
        public byte[] File { get; set; }
    }
    public class MediaUploadResponse
    {
        public MediaUploadResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("errors")]
        public System.Collections.Generic.IDictionary<string, string>? Errors { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mediaId")]
        public string? MediaId { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("mimeType")]
        public string? MimeType { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("uploads")]
        public System.Collections.Generic.IDictionary<string, ImageApis.Wonda.Media>? Uploads { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public string? Url { get; set; }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.NanoBanana2AspectRatio>))]
    public readonly struct NanoBanana2AspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.NanoBanana2AspectRatio>, System.IEquatable<ImageApis.Wonda.NanoBanana2AspectRatio>
    {
        public NanoBanana2AspectRatio(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.NanoBanana2AspectRatio> Documented { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio1x4 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio1x8 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio21x9 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio4x1 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio4x5 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio8x1 { get; }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.NanoBanana2AspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.NanoBanana2AspectRatio Create(string value) { }
        public static ImageApis.Wonda.NanoBanana2AspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.NanoBanana2AspectRatio left, ImageApis.Wonda.NanoBanana2AspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.NanoBanana2AspectRatio left, ImageApis.Wonda.NanoBanana2AspectRatio right) { }
    }
    public sealed class NanoBanana2Parameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "NanoBanana2";
        public NanoBanana2Parameters() { }
        public ImageApis.Wonda.NanoBanana2AspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.NanoBanana2Resolution? Resolution { get; set; }
        public string? StyleId { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.NanoBanana2Resolution>))]
    public readonly struct NanoBanana2Resolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.NanoBanana2Resolution>, System.IEquatable<ImageApis.Wonda.NanoBanana2Resolution>
    {
        public NanoBanana2Resolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.NanoBanana2Resolution> Documented { get; }
        public static ImageApis.Wonda.NanoBanana2Resolution Resolution1K { get; }
        public static ImageApis.Wonda.NanoBanana2Resolution Resolution2K { get; }
        public static ImageApis.Wonda.NanoBanana2Resolution Resolution4K { get; }
        public bool Equals(ImageApis.Wonda.NanoBanana2Resolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.NanoBanana2Resolution Create(string value) { }
        public static ImageApis.Wonda.NanoBanana2Resolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.NanoBanana2Resolution left, ImageApis.Wonda.NanoBanana2Resolution right) { }
        public static bool operator ==(ImageApis.Wonda.NanoBanana2Resolution left, ImageApis.Wonda.NanoBanana2Resolution right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.NanoBananaProAspectRatio>))]
    public readonly struct NanoBananaProAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.NanoBananaProAspectRatio>, System.IEquatable<ImageApis.Wonda.NanoBananaProAspectRatio>
    {
        public NanoBananaProAspectRatio(string value) { }
        public string Value { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Auto { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.NanoBananaProAspectRatio> Documented { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio21x9 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio4x5 { get; }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.NanoBananaProAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.NanoBananaProAspectRatio Create(string value) { }
        public static ImageApis.Wonda.NanoBananaProAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.NanoBananaProAspectRatio left, ImageApis.Wonda.NanoBananaProAspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.NanoBananaProAspectRatio left, ImageApis.Wonda.NanoBananaProAspectRatio right) { }
    }
    public sealed class NanoBananaProParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "NanoBananaPro";
        public NanoBananaProParameters() { }
        public ImageApis.Wonda.NanoBananaProAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.NanoBananaProResolution? Resolution { get; set; }
        public string? StyleId { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.NanoBananaProResolution>))]
    public readonly struct NanoBananaProResolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.NanoBananaProResolution>, System.IEquatable<ImageApis.Wonda.NanoBananaProResolution>
    {
        public NanoBananaProResolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.NanoBananaProResolution> Documented { get; }
        public static ImageApis.Wonda.NanoBananaProResolution Resolution1K { get; }
        public static ImageApis.Wonda.NanoBananaProResolution Resolution2K { get; }
        public static ImageApis.Wonda.NanoBananaProResolution Resolution4K { get; }
        public bool Equals(ImageApis.Wonda.NanoBananaProResolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.NanoBananaProResolution Create(string value) { }
        public static ImageApis.Wonda.NanoBananaProResolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.NanoBananaProResolution left, ImageApis.Wonda.NanoBananaProResolution right) { }
        public static bool operator ==(ImageApis.Wonda.NanoBananaProResolution left, ImageApis.Wonda.NanoBananaProResolution right) { }
    }
    public sealed class RunwareParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "Runware";
        public RunwareParameters() { }
        public string Family { get; }
        public ImageApis.Wonda.RunwareVectorizeModel? VectorizeModel { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.RunwareVectorizeModel>))]
    public readonly struct RunwareVectorizeModel : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.RunwareVectorizeModel>, System.IEquatable<ImageApis.Wonda.RunwareVectorizeModel>
    {
        public RunwareVectorizeModel(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.RunwareVectorizeModel> Documented { get; }
        public static ImageApis.Wonda.RunwareVectorizeModel Picsart { get; }
        public static ImageApis.Wonda.RunwareVectorizeModel Recraft { get; }
        public bool Equals(ImageApis.Wonda.RunwareVectorizeModel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.RunwareVectorizeModel Create(string value) { }
        public static ImageApis.Wonda.RunwareVectorizeModel op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.RunwareVectorizeModel left, ImageApis.Wonda.RunwareVectorizeModel right) { }
        public static bool operator ==(ImageApis.Wonda.RunwareVectorizeModel left, ImageApis.Wonda.RunwareVectorizeModel right) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.Seedream45AspectRatio>))]
    public readonly struct Seedream45AspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.Seedream45AspectRatio>, System.IEquatable<ImageApis.Wonda.Seedream45AspectRatio>
    {
        public Seedream45AspectRatio(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.Seedream45AspectRatio> Documented { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio21x9 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.Seedream45AspectRatio Ratio9x16 { get; }
        public bool Equals(ImageApis.Wonda.Seedream45AspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.Seedream45AspectRatio Create(string value) { }
        public static ImageApis.Wonda.Seedream45AspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.Seedream45AspectRatio left, ImageApis.Wonda.Seedream45AspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.Seedream45AspectRatio left, ImageApis.Wonda.Seedream45AspectRatio right) { }
    }
    public sealed class Seedream45Parameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "Seedream45";
        public Seedream45Parameters() { }
        public ImageApis.Wonda.Seedream45AspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public ImageApis.Wonda.Seedream45Resolution? Resolution { get; set; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.Seedream45Resolution>))]
    public readonly struct Seedream45Resolution : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.Seedream45Resolution>, System.IEquatable<ImageApis.Wonda.Seedream45Resolution>
    {
        public Seedream45Resolution(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.Seedream45Resolution> Documented { get; }
        public static ImageApis.Wonda.Seedream45Resolution Resolution2K { get; }
        public static ImageApis.Wonda.Seedream45Resolution Resolution4K { get; }
        public bool Equals(ImageApis.Wonda.Seedream45Resolution other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.Seedream45Resolution Create(string value) { }
        public static ImageApis.Wonda.Seedream45Resolution op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.Seedream45Resolution left, ImageApis.Wonda.Seedream45Resolution right) { }
        public static bool operator ==(ImageApis.Wonda.Seedream45Resolution left, ImageApis.Wonda.Seedream45Resolution right) { }
    }
    public static class WondaCapabilities
    {
        public const string ProviderName = "Wonda";
        public static ImageApis.Validation.OperationCapabilities GenerateImage { get; }
        public static ImageApis.Validation.CapabilityCatalog Spec { get; }
        public static ImageApis.IParameterBag? CreateParameters(string model) { }
    }
    public class WondaErrorDetail
    {
        public WondaErrorDetail() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public string? Code { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("deferUntil")]
        public System.DateTimeOffset? DeferUntil { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("message")]
        public string? Message { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("partialResult")]
        public object? PartialResult { get; set; }
    }
    public class WondaErrorResponse
    {
        public WondaErrorResponse() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("error")]
        public ImageApis.Wonda.WondaErrorDetail? Error { get; set; }
    }
    public class WondaImageRequest
    {
        public WondaImageRequest() { }
        [System.Text.Json.Serialization.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("attachmentMediaIds")]
        public System.Collections.Generic.IList<string>? AttachmentMediaIds { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("model")]
        public string Model { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("params")]
        public System.Collections.Generic.IDictionary<string, object>? Params { get; set; }
        [System.Text.Json.Serialization.JsonIgnore(Condition=System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        [System.Text.Json.Serialization.JsonPropertyName("prompt")]
        public string? Prompt { get; set; }
    }
    public static class WondaModels
    {
        public const string BirefnetBgRemoval = "birefnet-bg-removal";
        public const string GptImage1_5 = "gpt-image-1-5";
        public const string GrokImagine = "grok-imagine";
        public const string GrokImaginePro = "grok-imagine-pro";
        public const string NanoBanana2 = "nano-banana-2";
        public const string NanoBananaPro = "nano-banana-pro";
        public const string RunwareVectorize = "runware-vectorize";
        public const string Seedream4_5 = "seedream-4-5";
        public const string ZImage = "z-image";
        public static System.Collections.Generic.IReadOnlyList<string> All { get; }
    }
    public class WondaProtocolClient : ImageApis.ProviderClientBase, ImageApis.Wonda.IWondaProtocolClient
    {
        public WondaProtocolClient(System.Net.Http.HttpClient httpClient) { }
        protected System.Text.Json.JsonSerializerOptions JsonSerializerSettings { get; }
        public bool ReadResponseAsString { get; set; }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.GenerationJobCreated>> GenerateImageAsync(ImageApis.Wonda.WondaImageRequest body, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.InferenceJob>> GetInferenceJobAsync(string inferenceJobId, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.Media>> GetMediaAsync(string mediaId, System.Threading.CancellationToken cancellationToken = default) { }
        protected virtual System.Threading.Tasks.Task<ImageApis.Wonda.WondaProtocolClient.ObjectResponseResult<T>> ReadObjectResponseAsync<T>(System.Net.Http.HttpResponseMessage response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Threading.CancellationToken cancellationToken) { }
        public virtual System.Threading.Tasks.Task<ImageApis.ApiResponse<ImageApis.Wonda.MediaUploadResponse>> UploadMediaAsync(ImageApis.Wonda.FileParameter file = null, System.Threading.CancellationToken cancellationToken = default) { }
        protected readonly struct ObjectResponseResult<T>
        {
            public ObjectResponseResult(T responseObject, string responseText) { }
            public T Object { get; }
            public string Text { get; }
        }
    }
    public sealed class WondaUnexpectedResponseException : ImageApis.UnexpectedResponseException
    {
        public WondaUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, System.Exception? innerException) { }
    }
    public sealed class WondaUnexpectedResponseException<TResult> : ImageApis.UnexpectedResponseException<TResult>
    {
        public WondaUnexpectedResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result, System.Exception? innerException) { }
    }
    [System.Text.Json.Serialization.JsonConverter(typeof(ImageApis.ExtensibleEnumConverter<ImageApis.Wonda.ZImageAspectRatio>))]
    public readonly struct ZImageAspectRatio : ImageApis.IExtensibleEnum, ImageApis.IExtensibleEnum<ImageApis.Wonda.ZImageAspectRatio>, System.IEquatable<ImageApis.Wonda.ZImageAspectRatio>
    {
        public ZImageAspectRatio(string value) { }
        public string Value { get; }
        public static System.Collections.Generic.IReadOnlyList<ImageApis.Wonda.ZImageAspectRatio> Documented { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio16x9 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio1x1 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio21x9 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio2x3 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio3x2 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio3x4 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio4x3 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio9x16 { get; }
        public static ImageApis.Wonda.ZImageAspectRatio Ratio9x21 { get; }
        public bool Equals(ImageApis.Wonda.ZImageAspectRatio other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static ImageApis.Wonda.ZImageAspectRatio Create(string value) { }
        public static ImageApis.Wonda.ZImageAspectRatio op_Implicit(string value) { }
        public static bool operator !=(ImageApis.Wonda.ZImageAspectRatio left, ImageApis.Wonda.ZImageAspectRatio right) { }
        public static bool operator ==(ImageApis.Wonda.ZImageAspectRatio left, ImageApis.Wonda.ZImageAspectRatio right) { }
    }
    public sealed class ZImageParameters : ImageApis.IParameterBag, ImageApis.IParameterBag<ImageApis.Wonda.WondaImageRequest>
    {
        public const string FamilyName = "ZImage";
        public ZImageParameters() { }
        public ImageApis.Wonda.ZImageAspectRatio? AspectRatio { get; set; }
        public string Family { get; }
        public static System.Collections.Generic.IReadOnlyList<string> Models { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; }
        public void ApplyTo(ImageApis.Wonda.WondaImageRequest request) { }
        public bool TrySet(string name, string value) { }
    }
}