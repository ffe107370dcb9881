namespace ImageApis.Http;

/// <summary>
/// Content whose length cannot be promised (so it reports none) but is known about: a wrapper such as the key
/// redaction, whose body is as long as the provider's give or take a few bytes. Used only to size buffers.
/// </summary>
internal interface IContentLengthHint
{
    /// <summary>About how many bytes the body has, when known.</summary>
    long? LengthHint { get; }
}
