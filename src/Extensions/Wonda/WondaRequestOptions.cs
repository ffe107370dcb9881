namespace ImageApis.Wonda;

/// <summary>Settings for one Wonda call, overriding the client's, and the media that go with it.</summary>
public sealed class WondaRequestOptions : ImageRequestOptions
{
    /// <summary>
    /// Media for the model (reference images, the image to cut out or vectorize): local files and bytes are uploaded
    /// first, links are passed on; their media ids are added to the request in order.
    /// </summary>
    public IReadOnlyList<WondaAttachment>? Attachments { get; set; }
}
