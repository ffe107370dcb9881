namespace ImageApis.Validation;

/// <summary>Which capability rule a request broke.</summary>
public enum ValidationIssueKind
{
    /// <summary>A required parameter is missing or blank.</summary>
    Required,

    /// <summary>The value is not one of the allowed values.</summary>
    NotAllowed,

    /// <summary>The number is below the minimum.</summary>
    BelowMinimum,

    /// <summary>The number is above the maximum.</summary>
    AboveMaximum,

    /// <summary>The number is not a multiple of the required step.</summary>
    NotMultiple,

    /// <summary>The list has fewer items than required.</summary>
    TooFewItems,

    /// <summary>The list has more items than allowed.</summary>
    TooManyItems,

    /// <summary>The text does not have the required form.</summary>
    PatternMismatch,

    /// <summary>The model does not take this parameter.</summary>
    NotAccepted,

    /// <summary>The parameter belongs to another model family.</summary>
    OtherFamily,

    /// <summary>The model ignores this parameter (a warning).</summary>
    Ignored,

    /// <summary>More input images than the model takes.</summary>
    TooManyInputs,

    /// <summary>Fewer input images than the model needs.</summary>
    TooFewInputs,

    /// <summary>An input image given as a URL where the model takes only base64 data.</summary>
    UrlInputNotAllowed,

    /// <summary>An input image given as base64 data where the model takes only URLs.</summary>
    Base64InputNotAllowed,

    /// <summary>An input image carries neither or both of its URL and base64 forms.</summary>
    MalformedInput,

    /// <summary>The provider does not know the model.</summary>
    UnknownModel,

    /// <summary>The model is served by another endpoint.</summary>
    WrongEndpoint,

    /// <summary>
    /// A parameter no one declares: an error when it is a typo away from a known one (<c>aspectratio</c> for
    /// <c>aspect_ratio</c>), otherwise a warning (it is forwarded, as the providers document).
    /// </summary>
    UnknownParameter,

    /// <summary>
    /// A parameter is given twice: as a field the request declares and as an extra (additional) parameter of the same
    /// name, with the field set. Give it once: in strict mode the request is refused; with validation off or warn-only
    /// the field goes out and the extra is dropped (a JSON key is never sent twice). A JSON body that gives a key twice
    /// is refused the same way (checked by <c>RequestValidationHandler</c>, for a client ImageApis does not own).
    /// </summary>
    DuplicateParameter,

    /// <summary>
    /// An extra (additional) parameter stands in for a field the request declares but has a JSON type other than the
    /// field's (<c>n</c> given as <c>"abc"</c>): it would go out as given, so it is reported.
    /// </summary>
    WrongType,

    /// <summary>
    /// The JSON body of a request is not valid JSON, or not of the operation's request type (e.g. text where a number
    /// is expected); checked by <c>RequestValidationHandler</c>, for a client ImageApis does not own.
    /// </summary>
    InvalidBody,

    /// <summary>
    /// A number JSON cannot carry: <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c>. In strict mode the request is
    /// refused; with validation warn-only or off it goes out with the number as the string <c>"NaN"</c>,
    /// <c>"Infinity"</c> or <c>"-Infinity"</c>, which the provider may refuse.
    /// </summary>
    NotFinite,
}
