namespace ImageApis;

/// <summary>Where an asynchronous generation stands.</summary>
public enum ImageOperationStatus
{
    /// <summary>Accepted, waiting to run.</summary>
    Queued,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Finished with images.</summary>
    Succeeded,

    /// <summary>Finished with an error.</summary>
    Failed,

    /// <summary>Canceled before it finished.</summary>
    Canceled,
}
