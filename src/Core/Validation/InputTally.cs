namespace ImageApis.Validation;

/// <summary>
/// The input images a request carries: how many, and how many of them in a form the caller chose (URL or base64).
/// Generated validators add up every input parameter of the endpoint. Parameters that take a single form by
/// definition (a list of URLs, a base64 field, uploaded media ids) count toward the limits but not toward the form
/// checks: their form is what the model asks for.
/// </summary>
/// <param name="Total">All input images.</param>
/// <param name="Urls">Images the caller chose to give as URLs.</param>
/// <param name="Base64">Images the caller chose to give as base64 data.</param>
/// <param name="Malformed">Items that carry neither or both forms.</param>
internal readonly record struct InputTally(int Total, int Urls, int Base64, int Malformed)
{
    /// <summary>Adds one object item that has a URL member and a base64 member (exactly one should be set).</summary>
    /// <param name="hasUrl">The URL member is set.</param>
    /// <param name="hasBase64">The base64 member is set.</param>
    public InputTally AddItem(bool hasUrl, bool hasBase64) => hasUrl == hasBase64
        ? this with { Total = Total + 1, Malformed = Malformed + 1 }
        : hasUrl ? this with { Total = Total + 1, Urls = Urls + 1 } : this with { Total = Total + 1, Base64 = Base64 + 1 };

    /// <summary>Adds one image given as a URL or as base64 data, told apart by an <c>http</c> prefix.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddUrlOrBase64(ParameterValue value) => value.Kind switch
    {
        ParameterValueKind.Missing => this,
        ParameterValueKind.Text => value.StartsWith("http://") || value.StartsWith("https://") ? AddItem(hasUrl: true, hasBase64: false) : AddItem(hasUrl: false, hasBase64: true),
        _ => AddFixedForm(value),
    };

    /// <summary>Adds images of a parameter with one form by definition: a text counts one, a list counts its items.</summary>
    /// <param name="value">The parameter value.</param>
    public InputTally AddFixedForm(ParameterValue value) => value.Kind switch
    {
        ParameterValueKind.Missing => this,
        ParameterValueKind.List => this with { Total = Total + value.Count },
        _ => this with { Total = Total + 1 },
    };
}
