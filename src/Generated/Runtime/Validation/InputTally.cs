namespace ImageApis.Validation;

/// <summary>
/// The input images a request carries: how many, how many as URLs and as base64, and how many are malformed.
/// Generated validators add up every input parameter of the endpoint.
/// </summary>
/// <param name="Total">All input images.</param>
/// <param name="Urls">Images given as URLs.</param>
/// <param name="Base64">Images given as base64 data.</param>
/// <param name="Malformed">Items that carry neither or both forms.</param>
public readonly record struct InputTally(int Total, int Urls, int Base64, int Malformed)
{
    /// <summary>Adds one object item that has a URL member and a base64 member.</summary>
    /// <param name="hasUrl">The URL member is set.</param>
    /// <param name="hasBase64">The base64 member is set.</param>
    public InputTally AddItem(bool hasUrl, bool hasBase64) => hasUrl == hasBase64
        ? this with { Total = Total + 1, Malformed = Malformed + 1 }
        : hasUrl ? AddUrls(1) : AddBase64(1);

    /// <summary>Adds images given as URLs: a URL text counts one, a list counts its items.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddUrls(ParameterValue value) => AddUrls(CountOf(value));

    /// <summary>Adds images given as base64 data: a text counts one, a list counts its items.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddBase64(ParameterValue value) => AddBase64(CountOf(value));

    /// <summary>Adds one image given as a URL or as base64 data, told apart by an <c>http</c> prefix.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddUrlOrBase64(ParameterValue value) => value.Kind switch
    {
        ParameterValueKind.Missing => this,
        ParameterValueKind.Text => value.StartsWith("http://") || value.StartsWith("https://") ? AddUrls(1) : AddBase64(1),
        _ => this with { Total = Total + CountOf(value) },
    };

    /// <summary>Adds images given by reference (e.g. uploaded media ids): counted, form not checked.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddReferences(ParameterValue value) => this with { Total = Total + CountOf(value) };

    private InputTally AddUrls(int count) => this with { Total = Total + count, Urls = Urls + count };

    private InputTally AddBase64(int count) => this with { Total = Total + count, Base64 = Base64 + count };

    private static int CountOf(ParameterValue value) => value.Kind switch
    {
        ParameterValueKind.Missing => 0,
        ParameterValueKind.List => value.Count,
        _ => 1,
    };
}
