namespace ImageApis;

/// <summary>
/// Typed parameters of one model family (generated from the spec). A bag writes itself into a request under the
/// provider's wire names: declared request properties are set, the rest go into the request's extra parameters.
/// </summary>
/// <typeparam name="TRequest">The request type of the endpoint.</typeparam>
public interface IParameterBag<in TRequest>
    where TRequest : class
{
    /// <summary>Identifier of the model family, e.g. <c>Flux</c>.</summary>
    string Family { get; }

    /// <summary>Writes the parameters that are set into the request; parameters left null are not written.</summary>
    /// <param name="request">The request.</param>
    void ApplyTo(TRequest request);
}
