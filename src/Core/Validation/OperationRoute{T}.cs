using System.Text.Json;

namespace ImageApis.Validation;

/// <summary>An operation whose JSON body is a <typeparamref name="TRequest"/>, checked by its generated validator.</summary>
/// <typeparam name="TRequest">The request type of the body.</typeparam>
internal sealed class OperationRoute<TRequest> : OperationRoute
    where TRequest : class
{
    private readonly RequestValidator<TRequest> _validator;

    /// <summary>Creates the route.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="pathTemplate">The spec's path template.</param>
    /// <param name="validator">The operation's generated validator.</param>
    public OperationRoute(string method, string pathTemplate, RequestValidator<TRequest> validator)
        : base(method, pathTemplate, validator.OperationId)
    {
        _validator = validator;
    }

    /// <inheritdoc />
    public override Type RequestType => typeof(TRequest);

    /// <inheritdoc />
    public override ValidationResult Validate(ReadOnlySpan<byte> utf8Json, CapabilityCatalog catalog)
    {
        var request = JsonSerializer.Deserialize<TRequest>(utf8Json, RequestBodyJson.Options)
            ?? throw new JsonException("The body is null; a JSON object is expected.");
        return _validator.Validate(request, catalog);
    }
}
