using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using ImageApis.Validation;

namespace ImageApis.Tests.Properties;

/// <summary>
/// Random requests for one provider: known model ids, near misses, garbage and unicode; declared, near-miss and
/// unknown parameter names; values of every JSON shape and some no JSON can carry (NaN, infinities).
/// </summary>
internal static class RequestGenerators
{
    private static readonly string[] Odd = ["", " ", "\t", "\u00e9t\u00e9", "\u6a21\u578b", "\U0001F5BC\uFE0F", "\u202Eltr", "a\u0000b", "\"quoted\"", "{}", "null", "NaN", "-1", "1e309", "../../etc", "%00", "\r\n"];

    private static readonly object[] Collections =
    [
        new[] { 1, 2, 3 },
        new List<string> { "https://example.com/a.png", "not a url" },
        new List<double> { 1.0, double.NaN },
        new List<object>(),
        new Dictionary<string, object> { ["guidance"] = double.PositiveInfinity },
        new Dictionary<string, object> { ["a"] = "b", ["n"] = 3 },
    ];

    public static Gen<RequestCase> Cases(IReadOnlyList<string> models, IReadOnlyList<string> names)
        => from model in Model(models)
           from prompt in Prompt()
           from count in Gen.Frequency((3, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 4).Select(n => (int?)n)), (2, Gen.Elements<int?>(0, -1, -7, 11, 1000, int.MaxValue, int.MinValue)))
           from parameters in Gen.Sized(size => Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Parameter(names), n)))
           from number in Gen.Frequency((3, Gen.Constant<double?>(null)), (2, Number().Select(n => (double?)n)))
           from mode in Gen.Frequency((6, Gen.Constant(ValidationMode.Strict)), (2, Gen.Constant(ValidationMode.WarnOnly)), (2, Gen.Constant(ValidationMode.Off)))
           select new RequestCase(model, prompt, count, parameters, number, mode);

    private static Gen<string> Model(IReadOnlyList<string> models)
        => Gen.Frequency(
            (6, Gen.Elements<string>(models)),
            (2, Gen.Elements<string>(models).SelectMany<string, string>(NearMiss)),
            (1, Text()),
            (1, Gen.Elements(Odd)));

    private static Gen<string> Prompt()
        => Gen.Frequency(
            (24, Gen.Elements("A cute baby sea otter", "a lighthouse at dusk", "mug on travertine", "p")),
            (2, Text()),
            (1, Gen.Elements(Odd)),
            (1, Gen.Choose(1_000, 8_000).Select(n => new string('x', n) + "\u00e9")));

    private static Gen<RandomParameter> Parameter(IReadOnlyList<string> names)
        => from name in Gen.Frequency((6, Gen.Elements<string>(names)), (2, Gen.Elements<string>(names).SelectMany<string, string>(NearMiss)), (1, Text()), (1, Gen.Elements(Odd)))
           from value in Value()
           from viaBag in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new RandomParameter(name, value, viaBag);

    public static Gen<object> Value()
        => Gen.Frequency(
            (9, Text().Select(text => (object)text)),
            (4, Gen.Elements("1:1", "16:9", "9:16", "4:3", "1024x1024", "b64_json", "url", "png", "jpeg", "2K", "1024", "true", "direct", "auto").Select(text => (object)text)),
            (1, Gen.Elements(Odd).Select(text => (object)text)),
            (2, Gen.Elements("1:1", "16:9", "9:16", "4:3", "1024x1024", "b64_json", "url", "png", "jpeg", "2K", "1024", "true", "direct", "auto").Select(text => (object)text)),
            (2, Gen.Elements<object>(0, 1, -1, 4, 8, 64, 512, 1024, 2048, 1023, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, true, false)),
            (2, Number().Select(n => (object)n)),
            (1, Gen.Elements<object>(float.NaN, float.PositiveInfinity, 1.5f, decimal.MaxValue, (byte)7, (short)-3)),
            (1, Gen.Elements(Collections)),
            (1, Gen.Elements("{\"a\":1}", "[1,2]", "\"text\"", "12.5", "true", "null", "1e308").Select(json => (object)JsonDocument.Parse(json).RootElement.Clone())),
            (1, Gen.Choose(5_000, 15_000).Select(n => (object)new string('\u00fc', n))));

    private static Gen<double> Number()
        => Gen.Frequency(
            (3, Gen.Choose(-50, 3000).Select(n => n / 2.0)),
            (2, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)),
            (1, Gen.Elements(double.MaxValue, double.MinValue, double.Epsilon, -0.0, 1e308, -1e-308, 7.0, 30.0, 31.0)));

    private static Gen<string> Text()
        => Gen.Sized(size => Gen.Choose(0, Math.Min(size, 24)).SelectMany(length => Gen.ArrayOf(Character(), length).Select(chars => new string(chars))));

    private static Gen<char> Character()
        => Gen.Frequency(
            (6, Gen.Choose('a', 'z').Select(c => (char)c)),
            (2, Gen.Elements('_', '-', '.', ':', '0', '9', 'A', ' ', '/')),
            (1, Gen.Choose(0x80, 0x2FFF).Select(c => (char)c)),
            (1, Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c)));

    private static Gen<string> NearMiss(string name)
        => Gen.Choose(0, 4).SelectMany(kind => Gen.Choose(0, Math.Max(0, name.Length - 1)).Select(at => kind switch
        {
            _ when name.Length == 0 => "x",
            0 => name.Remove(at, 1),
            1 => name.Insert(at, "x"),
            2 => name.ToUpperInvariant(),
            3 => name.Replace('_', '-').Replace('-', '_'),
            _ => new StringBuilder(name) { [at] = name[at] == 'a' ? 'e' : 'a' }.ToString(),
        }));
}
