using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImageApis.Sandbox;

/// <summary>
/// What picture the sandbox answers a generation request with: its width and height (following the size, aspect
/// ratio or resolution the request asked for, scaled down so the long side is at most <see cref="MaxLongSide"/>
/// pixels) and the seed of its pattern (following the prompt and the request's <c>seed</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each provider names the size differently, and OpenGPU Relay differently per route; <see cref="FromRequest"/>
/// reads the fields each provider's documentation defines (see <c>specs/*.yaml</c>). A value that cannot be read (<c>size: "huge"</c>, a ratio <c>0:5</c>, a string where
/// a number belongs, <c>null</c>) counts as absent, so the provider's default applies: the sandbox never refuses a
/// request because of its size.
/// </para>
/// <para>
/// Rounding: the long side becomes <c>min(long side asked, 512)</c>, the short side
/// <c>long side × short / long</c> of the asked shape, rounded to the nearest pixel with halves rounded up (away from
/// zero), and never below 1. So <c>1024x1536</c> gives 341×512 (341.33 rounds down) and <c>16:9</c> 512×288.
/// Sizes already within 512 are kept as they are (never enlarged).
/// </para>
/// </remarks>
/// <param name="Width">The width of the picture in pixels, 1 to <see cref="MaxLongSide"/>.</param>
/// <param name="Height">The height of the picture in pixels, 1 to <see cref="MaxLongSide"/>.</param>
/// <param name="Seed">The seed of the picture's pattern: a stable hash of the prompt and the request's seed.</param>
internal readonly record struct SandboxImageSpec(int Width, int Height, ulong Seed)
{
    /// <summary>The longest side the sandbox renders: larger requests are scaled down to it, keeping their ratio.</summary>
    public const int MaxLongSide = 512;

    /// <summary>
    /// The long side assumed when a request gives an aspect ratio but no resolution (1K). Every documented default
    /// is at least 512, so it only matters through the ratio.
    /// </summary>
    public const int DefaultLongSide = 1024;

    /// <summary>The Api.Airforce provider name, for <c>POST /v1/images/generations</c>.</summary>
    public const string Airforce = "airforce";

    /// <summary>The AceData Cloud Flux provider name, for <c>POST /flux/images</c>.</summary>
    public const string AceData = "acedata";

    /// <summary>The OpenGPU Relay provider name, for every <c>/v2/image/…</c> and AUTOMATIC1111 route.</summary>
    public const string OpenGpu = "opengpu";

    /// <summary>The Wonda provider name, for <c>POST /api/v1/image/generate</c>.</summary>
    public const string Wonda = "wonda";

    /// <summary>FNV-1a 64-bit offset basis.</summary>
    private const ulong FnvOffsetBasis = 14695981039346656037UL;

    /// <summary>FNV-1a 64-bit prime.</summary>
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// The largest ratio part, resolution or pixel count that is read; larger numbers count as malformed (they would
    /// only give 1-pixel-thin pictures, and the limit keeps the arithmetic far from overflow).
    /// </summary>
    private const decimal LargestNumber = 1_000_000m;

    /// <summary>
    /// Works out the picture for a generation request of <paramref name="provider"/>.
    /// </summary>
    /// <param name="provider">
    /// <c>airforce</c>, <c>acedata</c>, <c>opengpu</c> or <c>wonda</c> (case does not matter); the constants of this
    /// type name them.
    /// </param>
    /// <param name="body">
    /// The request's JSON body. Anything but an object (or <see langword="null"/>) gives the provider's default size.
    /// </param>
    /// <returns>The size and seed of the picture to answer with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is not one of the four providers.</exception>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>Provider</term><description>Fields read</description></listheader>
    /// <item><term>airforce</term><description>
    /// <c>size</c> (<c>WxH</c>, or a ratio or resolution passed through), else <c>aspect_ratio</c> with
    /// <c>resolution</c> (Nano-Banana: <c>512</c>/<c>1024</c>/<c>2048</c>); default square.
    /// </description></item>
    /// <item><term>acedata</term><description>
    /// <c>size</c>: <c>WxH</c> (<c>1024x1792</c>) or an aspect ratio (<c>16:9</c>, Kontext and Flux 2); default
    /// square.
    /// </description></item>
    /// <item><term>opengpu</term><description>
    /// <c>width</c>/<c>height</c> (Stable Diffusion, default 512 each; Flux, default 1024 each), else <c>size</c>
    /// (GPT Image <c>1024x1536</c>/<c>auto</c>, Qwen <c>WxH</c>), else <c>aspect_ratio</c> with <c>image_size</c>
    /// (Gemini, <c>1K</c>/<c>2K</c>/<c>4K</c>); default square.
    /// </description></item>
    /// <item><term>wonda</term><description>
    /// <c>params.aspectRatio</c> with <c>params.resolution</c> (<c>1K</c>/<c>2K</c>/<c>4K</c>); the default ratio is
    /// the model's: 16:9 for <c>seedream-4-5</c>, 9:16 for the Nano Banana, Z-Image, GPT Image and Grok models,
    /// square otherwise.
    /// </description></item>
    /// </list>
    /// The seed is the FNV-1a hash of the UTF-8 prompt (<c>prompt</c>, empty when absent) and, when present, the
    /// request's <c>seed</c> (a number or a string; for Wonda also <c>params.seed</c>): the same prompt and seed give
    /// the same picture in every process, unlike <see cref="string.GetHashCode()"/>.
    /// </remarks>
    public static SandboxImageSpec FromRequest(string provider, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (!IsKnownProvider(provider))
        {
            throw new ArgumentException(
                $"Unknown provider '{provider}': expected {Airforce}, {AceData}, {OpenGpu} or {Wonda}.",
                nameof(provider));
        }

        var request = body as JsonObject;
        try
        {
            return Read(provider, request);
        }
        catch (ArgumentException)
        {
            // A JsonObject parsed from text with a repeated member name throws ArgumentException when first read.
            // Such a body is malformed: answer the default picture rather than fail the request.
            return Read(provider, request: null);
        }
    }

    /// <summary>Reads the size and seed from the request object (<see langword="null"/>: nothing to read).</summary>
    private static SandboxImageSpec Read(string provider, JsonObject? request)
    {
        var (width, height) = Is(provider, Airforce) ? AirforceSize(request)
            : Is(provider, AceData) ? AceDataSize(request)
            : Is(provider, OpenGpu) ? OpenGpuSize(request)
            : WondaSize(request);
        return new SandboxImageSpec(width, height, SeedOf(provider, request));
    }

    /// <summary>Whether <paramref name="provider"/> names one of the four providers.</summary>
    private static bool IsKnownProvider(string provider) =>
        Is(provider, Airforce) || Is(provider, AceData) || Is(provider, OpenGpu) || Is(provider, Wonda);

    /// <summary>Compares provider names, ignoring case.</summary>
    private static bool Is(string provider, string name) => string.Equals(provider, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Api.Airforce (<c>POST /v1/images/generations</c>): <c>size</c> as <c>WxH</c> wins; otherwise the ratio of
    /// <c>size</c> or <c>aspect_ratio</c> ("alternative to size") at the resolution of <c>size</c> or
    /// <c>resolution</c> (the Nano-Banana family's long side).
    /// </summary>
    private static (int Width, int Height) AirforceSize(JsonObject? request)
    {
        var size = Member(request, "size");
        if (TryReadPixels(size, out var width, out var height))
        {
            return FitPixels(width, height);
        }

        if (!TryReadRatio(size, out var ratioWidth, out var ratioHeight))
        {
            TryReadRatio(Member(request, "aspect_ratio"), out ratioWidth, out ratioHeight);
        }

        if (!TryReadLongSide(size, out var longSide))
        {
            TryReadLongSide(Member(request, "resolution"), out longSide);
        }

        return FitRatio(ratioWidth, ratioHeight, longSide);
    }

    /// <summary>
    /// AceData Cloud Flux (<c>POST /flux/images</c>): <c>size</c> is <c>WxH</c> (<c>1024x1024</c>,
    /// <c>1024x1792</c>, <c>1792x1024</c>) or an aspect ratio such as <c>16:9</c> (the only form Kontext and Flux 2
    /// take). Without one, a square (Flux 2 would refuse it; the sandbox answers anyway).
    /// </summary>
    private static (int Width, int Height) AceDataSize(JsonObject? request)
    {
        var size = Member(request, "size");
        if (TryReadPixels(size, out var width, out var height))
        {
            return FitPixels(width, height);
        }

        TryReadRatio(size, out var ratioWidth, out var ratioHeight);
        TryReadLongSide(size, out var longSide);
        return FitRatio(ratioWidth, ratioHeight, longSide);
    }

    /// <summary>
    /// OpenGPU Relay: the routes have disjoint size fields, so one reader serves them all.
    /// <c>width</c>/<c>height</c> (<c>/v2/automatic1111/sdapi/v1/txt2img</c> and <c>/v2/image/flux/generate</c>),
    /// else <c>size</c> (<c>/v2/image/gpt-image/…</c>: <c>1024x1024</c>, <c>1536x1024</c>, <c>1024x1536</c>,
    /// <c>auto</c>; <c>/v2/image/qwen/…</c>: <c>WxH</c>), else <c>aspect_ratio</c> and <c>image_size</c>
    /// (<c>/v2/image/gemini-3/generate</c>, default <c>1:1</c> at <c>1K</c>).
    /// </summary>
    private static (int Width, int Height) OpenGpuSize(JsonObject? request)
    {
        var hasWidth = TryReadSide(Member(request, "width"), out var width);
        var hasHeight = TryReadSide(Member(request, "height"), out var height);
        if (hasWidth || hasHeight)
        {
            // A side left out takes its route's default: 512 on Stable Diffusion, 1024 on Flux. Only Stable
            // Diffusion requests carry a model (a checkpoint) or its sampler settings.
            var missingSide = IsStableDiffusionRequest(request) ? 512 : 1024;
            return FitPixels(hasWidth ? width : missingSide, hasHeight ? height : missingSide);
        }

        var size = Member(request, "size");
        if (TryReadPixels(size, out width, out height))
        {
            return FitPixels(width, height);
        }

        TryReadRatio(Member(request, "aspect_ratio"), out var ratioWidth, out var ratioHeight);
        TryReadLongSide(Member(request, "image_size"), out var longSide);
        return FitRatio(ratioWidth, ratioHeight, longSide);
    }

    /// <summary>
    /// Whether an OpenGPU request with <c>width</c>/<c>height</c> is for the Stable Diffusion route rather than
    /// Flux: it names a checkpoint in <c>model</c> or sets <c>steps</c>, <c>cfg_scale</c> or
    /// <c>negative_prompt</c>, which the Flux route does not take.
    /// </summary>
    private static bool IsStableDiffusionRequest(JsonObject? request) =>
        Member(request, "model") is not null
        || Member(request, "steps") is not null
        || Member(request, "cfg_scale") is not null
        || Member(request, "negative_prompt") is not null;

    /// <summary>
    /// Wonda (<c>POST /api/v1/image/generate</c>): the model's parameters sit in <c>params</c>:
    /// <c>aspectRatio</c> (<c>auto</c> or absent: the model's default) and <c>resolution</c>
    /// (<c>1K</c>/<c>2K</c>/<c>4K</c>, Grok <c>1k</c>/<c>2k</c>).
    /// </summary>
    private static (int Width, int Height) WondaSize(JsonObject? request)
    {
        var parameters = Member(request, "params") as JsonObject;
        if (!TryReadRatio(Member(parameters, "aspectRatio"), out var ratioWidth, out var ratioHeight))
        {
            (ratioWidth, ratioHeight) = WondaDefaultRatio(Member(request, "model"));
        }

        TryReadLongSide(Member(parameters, "resolution"), out var longSide);
        return FitRatio(ratioWidth, ratioHeight, longSide);
    }

    /// <summary>
    /// The default <c>aspectRatio</c> of a Wonda model, from its documentation: 16:9 for <c>seedream-4-5</c>, 9:16
    /// for <c>nano-banana-2</c>, <c>nano-banana-pro</c>, <c>z-image</c>, <c>gpt-image-1-5</c>, <c>grok-imagine</c>
    /// and <c>grok-imagine-pro</c>. The background remover and the vectorizer keep their input's shape, unknown
    /// models have no documented default: both get a square.
    /// </summary>
    private static (decimal Width, decimal Height) WondaDefaultRatio(JsonNode? model) => TextOf(model) switch
    {
        "seedream-4-5" => (16, 9),
        "nano-banana-2" or "nano-banana-pro" or "z-image" or "gpt-image-1-5" or "grok-imagine" or "grok-imagine-pro" => (9, 16),
        _ => (1, 1),
    };

    /// <summary>
    /// The seed of the picture: FNV-1a (64-bit) over the UTF-8 prompt, then, when the request has a seed, a unit
    /// separator byte and the seed's text (a number as written in the JSON, a string as is).
    /// </summary>
    private static ulong SeedOf(string provider, JsonObject? request)
    {
        var prompt = Member(request, "prompt") is JsonValue promptValue
            && promptValue.GetValueKind() == JsonValueKind.String
            ? promptValue.GetValue<string>()
            : string.Empty;

        var seed = TextOf(Member(request, "seed"));
        if (seed is null && Is(provider, Wonda))
        {
            seed = TextOf(Member(Member(request, "params") as JsonObject, "seed"));
        }

        var hash = Fnv1a(FnvOffsetBasis, Encoding.UTF8.GetBytes(prompt));
        if (seed is not null)
        {
            hash = Fnv1a(hash, [0x1F]);
            hash = Fnv1a(hash, Encoding.UTF8.GetBytes(seed));
        }

        return hash;
    }

    /// <summary>Continues an FNV-1a 64-bit hash over <paramref name="bytes"/>.</summary>
    private static ulong Fnv1a(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var value in bytes)
        {
            hash ^= value;
            hash *= FnvPrime;
        }

        return hash;
    }

    /// <summary>
    /// Scales an explicit pixel size so its long side is at most <see cref="MaxLongSide"/>, keeping its ratio.
    /// </summary>
    private static (int Width, int Height) FitPixels(int width, int height) =>
        FitRatio(width, height, Math.Max(width, height));

    /// <summary>
    /// The final size for a shape of ratio <paramref name="ratioWidth"/>:<paramref name="ratioHeight"/> whose long
    /// side would be <paramref name="longSide"/> pixels. Zero parts mean "not given": a square; a zero long side
    /// means <see cref="DefaultLongSide"/>. One rounding step only (see the type's remarks), so a ratio and the
    /// equivalent pixel size give the same answer.
    /// </summary>
    private static (int Width, int Height) FitRatio(decimal ratioWidth, decimal ratioHeight, decimal longSide)
    {
        if (ratioWidth <= 0 || ratioHeight <= 0)
        {
            (ratioWidth, ratioHeight) = (1, 1);
        }

        if (longSide <= 0)
        {
            longSide = DefaultLongSide;
        }

        var longer = Math.Max(ratioWidth, ratioHeight);
        var shorter = Math.Min(ratioWidth, ratioHeight);
        var target = Math.Max(1, RoundToPixels(Math.Min(longSide, MaxLongSide)));
        var shortSide = Math.Max(1, RoundToPixels(target * shorter / longer));

        return ratioWidth >= ratioHeight ? (target, shortSide) : (shortSide, target);
    }

    /// <summary>Rounds to the nearest whole pixel, halves away from zero (341.5 → 342, 341.33 → 341).</summary>
    private static int RoundToPixels(decimal value) =>
        (int)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>Reads a member of a JSON object; <see langword="null"/> when there is no object or no such member.</summary>
    private static JsonNode? Member(JsonObject? json, string name) =>
        json is not null && json.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>
    /// The text of a JSON string, or the literal of a JSON number (<c>1024</c>, <c>1.5</c>); <see langword="null"/>
    /// for anything else (<c>null</c>, booleans, objects, arrays).
    /// </summary>
    private static string? TextOf(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>
    /// Reads an explicit pixel size: <c>WxH</c> (also <c>WXH</c>, <c>W×H</c> and <c>W*H</c>), both parts whole
    /// positive numbers.
    /// </summary>
    private static bool TryReadPixels(JsonNode? node, out int width, out int height)
    {
        width = 0;
        height = 0;
        var text = TextOf(node);
        if (text is null)
        {
            return false;
        }

        var parts = text.Split(['x', 'X', '×', '*']);
        return parts.Length == 2
            && TryParseWholeNumber(parts[0], out width)
            && TryParseWholeNumber(parts[1], out height);
    }

    /// <summary>Reads an aspect ratio <c>W:H</c>, both parts positive (decimals allowed: <c>2.39:1</c>).</summary>
    private static bool TryReadRatio(JsonNode? node, out decimal width, out decimal height)
    {
        width = 0;
        height = 0;
        var text = TextOf(node);
        if (text is null)
        {
            return false;
        }

        var parts = text.Split(':');
        if (parts.Length == 2 && TryParsePositive(parts[0], out var w) && TryParsePositive(parts[1], out var h))
        {
            (width, height) = (w, h);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a resolution as the long side in pixels: <c>1K</c>, <c>2K</c>, <c>4K</c> (any case; <c>1K</c> is
    /// 1024), or a pixel count such as <c>"1024"</c> or <c>1024</c>.
    /// </summary>
    private static bool TryReadLongSide(JsonNode? node, out decimal side)
    {
        side = 0;
        var text = TextOf(node)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.EndsWith('K') || text.EndsWith('k'))
        {
            if (!TryParsePositive(text[..^1], out var thousands) || thousands * 1024 > LargestNumber)
            {
                return false;
            }

            side = thousands * 1024;
            return true;
        }

        return TryParsePositive(text, out side);
    }

    /// <summary>Reads one side in pixels (<c>width</c>, <c>height</c>): a whole positive JSON number or numeric string.</summary>
    private static bool TryReadSide(JsonNode? node, out int side)
    {
        side = 0;
        var text = TextOf(node);
        return text is not null && TryParseWholeNumber(text, out side);
    }

    /// <summary>Parses a whole number of pixels, 1 to the largest number read (<c>1024</c>, <c>1024.0</c>, <c>1e3</c>).</summary>
    private static bool TryParseWholeNumber(string text, out int value)
    {
        value = 0;
        if (!TryParsePositive(text, out var number) || number != decimal.Truncate(number))
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>
    /// Parses a positive number written in invariant culture, up to the largest number read; surrounding spaces
    /// are allowed, signs are not.
    /// </summary>
    private static bool TryParsePositive(string text, out decimal value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
            | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value) && value > 0 && value <= LargestNumber)
        {
            return true;
        }

        value = 0;
        return false;
    }
}
