namespace ImageApis.AspNetCore
{
    public static class AceDataCallbackEndpoints
    {
        public static Microsoft.AspNetCore.Builder.RouteHandlerBuilder MapAceDataCallback(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Func<ImageApis.AceData.AceDataCallback, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler, System.Func<string, bool>? isExpected = null) { }
    }
    public static class WebhookRequests
    {
        public const long DefaultMaxBytes = 2097152;
        public static System.Threading.Tasks.Task<byte[]?> ReadBodyAsync(Microsoft.AspNetCore.Http.HttpRequest request, long maxBytes = 2097152, System.Threading.CancellationToken cancellationToken = default) { }
    }
}