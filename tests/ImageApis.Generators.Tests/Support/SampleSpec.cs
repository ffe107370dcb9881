namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// A small spec of a made-up provider (<c>Sample</c>, so its types never clash with the real Airforce ones), the
/// request class NSwag would write for it, and a model family to add to it.
/// </summary>
internal static class SampleSpec
{
    public const string Path = "/specs/sample.yaml";

    public const string Namespace = "ImageApis.Sample";

    public const string Yaml = """
        openapi: 3.0.3
        info:
          title: Sample image API
          version: "1"
        paths:
          /v1/images:
            post:
              operationId: createImage
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/ImageRequest'
              responses:
                '200':
                  description: The images.
              x-imageapis-models:
                model: model
                parameters: body
                inputs:
                  input_images:
                    kind: object
                    url: url
                    base64: b64_json
                rules:
                  n:
                    maximum: 4
                families:
                  Flux:
                    title: Flux
                    models:
                      - flux-2-dev
                      - flux-2-klein-4b
                    parameters:
                      aspect_ratio:
                        type: string
                        enum: ["1:1", "16:9"]
                      guidance:
                        description: How closely the image follows the prompt.
                        type: number
                        minimum: 1.5
                        maximum: 10
                        multipleOf: 0.5
                    inputs:
                      max: 1
        components:
          schemas:
            ImageRequest:
              type: object
              required: [model, prompt]
              additionalProperties: true
              properties:
                model:
                  type: string
                prompt:
                  type: string
                n:
                  type: integer
                  format: int32
                  minimum: 1
                aspect_ratio:
                  type: string
                input_images:
                  type: array
                  items:
                    $ref: '#/components/schemas/InputImage'
            InputImage:
              type: object
              properties:
                url:
                  type: string
                  format: uri
                b64_json:
                  type: string
                  format: byte

        """;

    /// <summary>A second family, as a maintainer would type it under <c>families:</c> (after Flux).</summary>
    public const string NanoBananaFamily = """
                  NanoBanana:
                    title: Nano-Banana
                    models:
                      - nano-banana-2
                      - nano-banana-pro
                    parameters:
                      resolution:
                        description: Output resolution (long side, in pixels).
                        type: string
                        enum: ["512", "1024", "2048"]

        """;

    /// <summary>
    /// What NSwag writes for the sample spec (the client shell, and the schemas with src/Generated/Templates/Class.liquid): PascalCase properties
    /// with their JSON names, optional members nullable and left out while null, extra members in
    /// <c>AdditionalProperties</c> with the internal <c>AdditionalPropertiesOrNull</c> the validator reads.
    /// </summary>
    public const string RequestClasses = """
        #nullable enable

        namespace ImageApis.Sample
        {
            /// <summary>The sample request.</summary>
            public partial class ImageRequest
            {
                /// <summary>Model id.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("model")]
                public string Model { get; set; } = default!;

                /// <summary>Prompt.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("prompt")]
                public string Prompt { get; set; } = default!;

                /// <summary>Number of images.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("n")]
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                public int? N { get; set; }

                /// <summary>Aspect ratio.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("aspect_ratio")]
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                public string? AspectRatio { get; set; }

                /// <summary>Input images.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("input_images")]
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                public System.Collections.Generic.IList<InputImage>? InputImages { get; set; }

                private System.Collections.Generic.IDictionary<string, object>? _additionalProperties;

                /// <summary>Members not described by the specification.</summary>
                [System.Text.Json.Serialization.JsonExtensionData]
                public System.Collections.Generic.IDictionary<string, object> AdditionalProperties
                {
                    get { return _additionalProperties ??= new System.Collections.Generic.Dictionary<string, object>(); }
                    set { _additionalProperties = value; }
                }

                /// <summary>The additional members, or null when none was ever set.</summary>
                internal System.Collections.Generic.IDictionary<string, object>? AdditionalPropertiesOrNull => _additionalProperties;
            }

            /// <summary>The NSwag client: its generated part derives from ProviderClientBase (clientBaseClass).</summary>
            public partial class SampleProtocolClient : ImageApis.ProviderClientBase
            {
            }

            /// <summary>One input image.</summary>
            public partial class InputImage
            {
                /// <summary>Public URL of the image.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("url")]
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                public System.Uri? Url { get; set; }

                /// <summary>Base64-encoded image bytes.</summary>
                [System.Text.Json.Serialization.JsonPropertyName("b64_json")]
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                public byte[]? B64Json { get; set; }
            }
        }
        """;

    public static SpecFile File(string yaml = Yaml) => new(Path, yaml, "Sample", "Sample API");

    /// <summary>The spec with the NanoBanana family typed in after Flux (the families are the last lines of the extension).</summary>
    public static string WithNanoBanana(string yaml)
    {
        const string Components = "\ncomponents:\n";
        Assert.Equal(2, yaml.Split(Components).Length);
        return yaml.Replace(Components, "\n" + NanoBananaFamily + "components:\n", StringComparison.Ordinal);
    }
}
