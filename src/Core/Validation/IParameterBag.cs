namespace ImageApis;

/// <summary>
/// Typed parameters of one model family (generated from the spec), seen without the request type: what a command
/// line or a configuration file needs to fill a bag from text.
/// </summary>
public interface IParameterBag
{
    /// <summary>Identifier of the model family, e.g. <c>Flux</c>.</summary>
    string Family { get; }

    /// <summary>Wire names of the family's parameters, e.g. <c>aspect_ratio</c>.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>
    /// Sets a parameter from text: enum values as written, numbers in invariant culture, booleans as <c>true</c>/<c>false</c>,
    /// lists comma-separated, bytes as base64, objects as JSON.
    /// </summary>
    /// <param name="name">Wire name of the parameter.</param>
    /// <param name="value">The value as text.</param>
    /// <returns>False when the family has no such parameter (send it as an extra parameter instead).</returns>
    /// <exception cref="FormatException">The text is not a value of the parameter's type; the message names the parameter and the form expected.</exception>
    bool TrySet(string name, string value);

    /// <summary>Writes the parameters that are set into a request of the family's endpoint.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentException">The request is not of the family's endpoint.</exception>
    void ApplyTo(object request);
}

/// <summary>
/// Typed parameters of one model family (generated from the spec). A bag writes itself into a request under the
/// provider's wire names: declared request properties are set, the rest go into the request's extra parameters.
/// </summary>
/// <typeparam name="TRequest">The request type of the endpoint.</typeparam>
public interface IParameterBag<in TRequest> : IParameterBag
    where TRequest : class
{
    /// <summary>Writes the parameters that are set into the request; parameters left null are not written.</summary>
    /// <param name="request">The request.</param>
    void ApplyTo(TRequest request);
}
