namespace ImageApis.Validation;

/// <summary>The shape of a request parameter's value, as the validator sees it.</summary>
internal enum ParameterValueKind : byte
{
    /// <summary>Not set.</summary>
    Missing,

    /// <summary>A string (or a JSON string).</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A list; only its length is read.</summary>
    List,

    /// <summary>Some other value; only its presence is read.</summary>
    Other,
}
