namespace ImageApis.Validation;

/// <summary>What the validator does with a model id the catalog does not list.</summary>
public enum UnknownModelPolicy
{
    /// <summary>An error: the provider serves a closed set of models.</summary>
    Reject,

    /// <summary>Accepted without model checks, unless live capabilities are loaded (then the live list is authoritative).</summary>
    Allow,
}
