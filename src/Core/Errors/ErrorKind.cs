namespace ImageApis;

/// <summary>
/// What a provider error means for the caller; each kind has its own exception type.
/// </summary>
public enum ErrorKind
{
    /// <summary>The provider answered in a way the client does not understand (<see cref="UnexpectedResponseException"/>).</summary>
    Unexpected,

    /// <summary>The request was rejected as malformed or invalid (<see cref="InvalidRequestException"/>).</summary>
    InvalidRequest,

    /// <summary>The API key is missing, wrong, expired or revoked (<see cref="InvalidApiKeyException"/>).</summary>
    InvalidApiKey,

    /// <summary>The key may not use this model or feature (<see cref="PermissionDeniedException"/>).</summary>
    PermissionDenied,

    /// <summary>The account or key has no credit left (<see cref="InsufficientCreditsException"/>).</summary>
    InsufficientCredits,

    /// <summary>The model does not exist or is not available (<see cref="ModelNotFoundException"/>).</summary>
    ModelNotFound,

    /// <summary>The path, task or resource does not exist, or no longer does (<see cref="ResourceNotFoundException"/>).</summary>
    NotFound,

    /// <summary>Too many requests: wait and retry (<see cref="RateLimitedException"/>).</summary>
    RateLimited,

    /// <summary>The prompt or an input was declined by moderation (<see cref="ContentPolicyException"/>).</summary>
    ContentPolicy,

    /// <summary>The provider or its upstream failed or timed out; retrying later may succeed (<see cref="ProviderUnavailableException"/>).</summary>
    ProviderUnavailable,

    /// <summary>The provider accepted the request, then reported that the generation failed (<see cref="GenerationFailedException"/>).</summary>
    GenerationFailed,
}
