using System.Globalization;
using System.Text.Json.Nodes;

namespace ImageApis.Testing;

/// <summary>An unmatched request and the stub that came closest to matching it.</summary>
public sealed class NearMiss
{
    private NearMiss(LoggedRequest request, JsonObject? stubMapping, double distance)
    {
        Request = request;
        StubMapping = stubMapping;
        Distance = distance;
    }

    /// <summary>The request no stub matched.</summary>
    public LoggedRequest Request { get; }

    /// <summary>The closest stub mapping, when WireMock names one.</summary>
    public JsonObject? StubMapping { get; }

    /// <summary>The closest stub's name, when it has one.</summary>
    public string? StubName => StubMapping?["name"]?.ToString();

    /// <summary>How far the request was from the stub: 0 is a match, 1 nothing in common.</summary>
    public double Distance { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Request} ~ {StubName ?? StubMapping?["id"]?.ToString() ?? "(no stub)"} (distance {Distance:0.###})");

    /// <summary>Reads one entry of <c>/__admin/requests/unmatched/near-misses</c>.</summary>
    public static NearMiss FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var request = json["request"] is JsonObject requestJson ? LoggedRequest.FromJson(requestJson) : LoggedRequest.FromJson(new JsonObject());
        var distance = json["matchResult"]?["distance"] is JsonValue value && value.TryGetValue<double>(out var d) ? d : 1.0;
        return new NearMiss(request, json["stubMapping"] as JsonObject, distance);
    }
}
