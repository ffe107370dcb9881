using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes <c>{Provider}UnexpectedResponseException</c>, the exception class the provider's NSwag client throws for
/// answers it does not understand: it names the provider.
/// </summary>
internal static class ExceptionEmitter
{
    private const string Headers = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IEnumerable<string>>";

    public static void Write(SourceWriter writer, ProviderSpec provider)
    {
        var name = provider.Provider + "UnexpectedResponseException";
        var providerName = provider.Provider + "Capabilities.ProviderName";
        writer.Summary("An answer from " + SourceWriter.Xml(provider.DisplayName) + " that the generated client does not understand.");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("public sealed class " + name + " : global::ImageApis.UnexpectedResponseException");
        writer.Summary("Creates the exception (called by the generated client).");
        writer.Line("/// <param name=\"message\">What was unexpected.</param>");
        writer.Line("/// <param name=\"statusCode\">HTTP status code.</param>");
        writer.Line("/// <param name=\"response\">The raw body, if read.</param>");
        writer.Line("/// <param name=\"headers\">Response headers.</param>");
        writer.Line("/// <param name=\"innerException\">The cause, if any.</param>");
        writer.Line("public " + name + "(string message, int statusCode, string? response, " + Headers + " headers, global::System.Exception? innerException)");
        writer.Line("    : base(" + providerName + ", message, statusCode, response, headers, innerException)");
        writer.Line("{");
        writer.Line("}");
        writer.Close();
        writer.Line();
        writer.Summary("An undocumented answer from " + SourceWriter.Xml(provider.DisplayName) + " whose body matched the spec's error schema.");
        writer.Line("/// <typeparam name=\"TResult\">The error body type.</typeparam>");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("public sealed class " + name + "<TResult> : global::ImageApis.UnexpectedResponseException<TResult>");
        writer.Summary("Creates the exception (called by the generated client).");
        writer.Line("/// <param name=\"message\">What was unexpected.</param>");
        writer.Line("/// <param name=\"statusCode\">HTTP status code.</param>");
        writer.Line("/// <param name=\"response\">The raw body.</param>");
        writer.Line("/// <param name=\"headers\">Response headers.</param>");
        writer.Line("/// <param name=\"result\">The deserialized body.</param>");
        writer.Line("/// <param name=\"innerException\">The cause, if any.</param>");
        writer.Line("public " + name + "(string message, int statusCode, string? response, " + Headers + " headers, TResult result, global::System.Exception? innerException)");
        writer.Line("    : base(" + providerName + ", message, statusCode, response, headers, result, innerException)");
        writer.Line("{");
        writer.Line("}");
        writer.Close();
    }
}
