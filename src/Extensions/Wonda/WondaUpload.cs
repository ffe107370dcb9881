namespace ImageApis.Wonda;

/// <summary>
/// A local attachment read into memory: its bytes, the type they show (sniffed with <see cref="ImageMediaType"/>),
/// and the type declared by the caller or suggested by the file name, used when the bytes show none.
/// </summary>
internal sealed class WondaUpload
{
    public WondaUpload(WondaAttachment source, string fileName, byte[] data, string? declaredType)
    {
        Source = source;
        FileName = fileName;
        Data = data;
        DetectedType = ImageMediaType.Detect(data);
        DeclaredType = WondaMediaTypes.Bare(declaredType) ?? ImageMediaType.FromPath(fileName);
    }

    public WondaAttachment Source { get; }

    public string FileName { get; }

    public byte[] Data { get; }

    /// <summary>The type the bytes show, or null.</summary>
    public string? DetectedType { get; }

    /// <summary>The type the caller gave, else the one the file name suggests, or null.</summary>
    public string? DeclaredType { get; }

    /// <summary>The type sent with the upload: the bytes decide where they can.</summary>
    public string? MediaType => DetectedType ?? DeclaredType;

    /// <summary>The attachment and its type, for messages.</summary>
    public string Describe() => MediaType is { } type ? $"'{FileName}' ({type})" : $"'{FileName}' (unknown type)";

    /// <summary>Why Wonda would refuse the file for <paramref name="allowed"/>, or null when it is fine.</summary>
    /// <param name="allowed">The allowed types.</param>
    public string? Problem(IReadOnlyList<string> allowed)
    {
        if (Data.Length == 0)
        {
            return "it is empty";
        }

        if (DetectedType is { } detected)
        {
            return WondaMediaTypes.Contains(allowed, detected) ? null : $"its bytes show {detected}";
        }

        if (DeclaredType is { } declared)
        {
            return WondaMediaTypes.Contains(allowed, declared) ? null : $"it is {declared} (by its {(Source.MediaType is null ? "name" : "declared type")}) and its bytes show no known type";
        }

        return "neither its bytes nor its name show its type";
    }
}
