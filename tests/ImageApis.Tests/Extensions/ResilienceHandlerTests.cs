using System.Net;
using ImageApis.Http;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Extensions;

/// <summary>Which failures are retried, and how Retry-After is honoured.</summary>
public sealed class ResilienceHandlerTests
{
    private static readonly RetryOptions FastRetry = new()
    {
        MaxRetries = 2,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromSeconds(2),
        StatusCodes = new HashSet<int> { 429, 503 },
    };

    private static async Task<(HttpStatusCode Status, int Attempts)> SendAsync(StubHandler inner, RetryOptions? retry = null)
    {
        using var invoker = new HttpMessageInvoker(new ResilienceHandler(ResilienceHandler.CreatePipeline(retry ?? FastRetry, TimeProvider.System)) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.airforce/v1/images/generations") { Content = new StringContent("{}") };
        using var response = await invoker.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, inner.Received.Count);
    }

    private static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("{}") };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    [Fact]
    public async Task A_transient_status_is_retried_until_success()
    {
        var inner = new StubHandler(_ => Status(HttpStatusCode.TooManyRequests, "0"), _ => Status(HttpStatusCode.ServiceUnavailable), _ => Status(HttpStatusCode.OK));

        Assert.Equal((HttpStatusCode.OK, 3), await SendAsync(inner));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.PaymentRequired)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Other_statuses_are_not_retried(HttpStatusCode status)
    {
        var inner = new StubHandler(_ => Status(status), _ => Status(HttpStatusCode.OK));

        Assert.Equal((status, 1), await SendAsync(inner));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        var inner = new StubHandler(_ => Status(HttpStatusCode.ServiceUnavailable));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 3), await SendAsync(inner));
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_maximum_delay_is_not_waited_for()
    {
        var inner = new StubHandler(_ => Status(HttpStatusCode.TooManyRequests, "60"), _ => Status(HttpStatusCode.OK));

        Assert.Equal((HttpStatusCode.TooManyRequests, 1), await SendAsync(inner));
    }

    [Fact]
    public async Task A_connection_that_could_not_be_made_is_retried()
    {
        var calls = 0;
        var inner = new StubHandler(_ => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused")
            : Status(HttpStatusCode.OK));

        Assert.Equal((HttpStatusCode.OK, 2), await SendAsync(inner));
    }

    [Fact]
    public async Task A_response_that_ended_early_is_not_retried_because_the_render_may_have_run()
    {
        var inner = new StubHandler(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "response ended"));

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(inner));
        Assert.Single(inner.Received);
    }

    [Fact]
    public async Task No_retries_when_disabled()
    {
        var inner = new StubHandler(_ => Status(HttpStatusCode.ServiceUnavailable), _ => Status(HttpStatusCode.OK));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 1), await SendAsync(inner, new RetryOptions { MaxRetries = 0 }));
    }
}
