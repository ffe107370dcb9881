namespace ImageApis;

/// <summary>
/// Fluent use of parameter bags: <c>new ImageGenerationRequest { … }.With(new FluxParameters { … })</c>.
/// </summary>
public static class ParameterBagExtensions
{
    /// <summary>Writes a family's parameters into the request and returns the request.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="parameters">The family's parameters.</param>
    public static TRequest With<TRequest>(this TRequest request, IParameterBag<TRequest> parameters)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.ApplyTo(request);
        return request;
    }
}
