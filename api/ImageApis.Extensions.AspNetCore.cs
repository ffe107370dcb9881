namespace ImageApis.AspNetCore
{
    public static class AceDataCallbackEndpoints
    {
        public static Microsoft.AspNetCore.Builder.RouteHandlerBuilder MapAceDataCallback(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Func<ImageApis.AceData.AceDataCallback, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler, System.Func<string, bool>? isExpected = null) { }
    }
}
namespace Microsoft.AspNetCore.Builder
{
    public static class OpenGpuRelayWebhookEndpointRouteBuilderExtensions
    {
        public static Microsoft.AspNetCore.Builder.IEndpointConventionBuilder MapOpenGpuRelayWebhook(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, ImageApis.OpenGpu.OpenGpuWebhookVerifier verifier, System.Func<ImageApis.OpenGpu.OpenGpuWebhookDelivery, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler) { }
        public static Microsoft.AspNetCore.Builder.IEndpointConventionBuilder MapOpenGpuRelayWebhook(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Func<ImageApis.OpenGpu.OpenGpuWebhookDelivery, System.Threading.CancellationToken, System.Threading.Tasks.Task> handler, string? clientName = null) { }
    }
}